import type { PathSegment } from "../parse/source-position.js";

/** `["slices", 0, "id"]` → `slices[0].id`, as messages name a field. */
export function displayPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}
