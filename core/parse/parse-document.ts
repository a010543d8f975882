import jsYaml from "js-yaml";
import { parseDocument } from "yaml";
import { isBlankText } from "./blank-text.js";
import { parseBlockYaml } from "./block-yaml.js";
import { jsonSyntaxError } from "./json-syntax.js";

/** Past this depth a roadmap item is not a roadmap item; refusing early keeps every walk cheap. */
export const MAX_DEPTH = 64;
const MAX_ALIASES = 100;

export type ParseFailure = {
  ok: false;
  ruleId:
    | "yaml-syntax"
    | "duplicate-key"
    | "unknown-tag"
    | "alias-bomb"
    | "too-deep"
    | "empty-file"
    | "not-a-mapping";
  message: string;
  line: number;
  column: number;
};
export type Parsed = { ok: true; data: Record<string, unknown> } | ParseFailure;

/**
 * Text → plain data, fast. js-yaml is ~10x faster than `yaml` here, but keeps aliases as shared
 * references (an alias bomb loads in a millisecond and explodes when walked), so a text that could
 * hold an anchor or alias goes through `yaml`, whose alias budget stops the bomb.
 * Positions of findings are found later, and only for files that have findings (position-index.ts).
 */
export function parseText(text: string, isJson: boolean): Parsed {
  if (isBlankText(text)) return failure("empty-file", "The file is empty", 1, 1);
  const notJson = isJson ? jsonSyntaxError(text) : undefined;
  if (notJson) {
    const { line, column } = offsetToPosition(text, notJson.offset);
    return failure("yaml-syntax", `Invalid JSON: ${notJson.reason}`, line, column);
  }
  // Most items are plain block YAML, which a dedicated reader takes about three times faster. It never
  // reads an anchor, alias or merge key (it gives up on them), so it may go before the alias check.
  const fast = isJson ? undefined : parseBlockYaml(text);
  if (fast) return { ok: true, data: fast };
  const viaYaml = mayHoldAliases(text);
  const result = viaYaml ? parseWithYaml(text) : parseWithJsYaml(text, isJson);
  if (!result.ok) return result;
  const data = result.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const what = Array.isArray(data) ? "a list" : data === null ? "null" : `a ${typeof data}`;
    return failure(
      "not-a-mapping",
      `The file holds ${what}, not a mapping of keys to values`,
      1,
      1,
    );
  }
  // js-yaml enforces the depth itself while parsing; `yaml` is checked after.
  if (viaYaml && depthExceeds(data, MAX_DEPTH)) {
    return failure("too-deep", `The file nests deeper than ${MAX_DEPTH} levels`, 1, 1);
  }
  return { ok: true, data: data as Record<string, unknown> };
}

/** js-yaml marks the end of a tagged value; the user wants the tag, the first `!` of that line. */
function tagColumn(text: string, line: number): number | undefined {
  const source = text.split("\n", line)[line - 1];
  const at = source?.indexOf("!") ?? -1;
  return at >= 0 ? at + 1 : undefined;
}

function mayHoldAliases(text: string): boolean {
  return text.includes("*") || text.includes("&") || text.includes("<<");
}

function parseWithJsYaml(
  text: string,
  isJson: boolean,
): { ok: true; data: unknown } | ParseFailure {
  try {
    return {
      ok: true,
      data: jsYaml.load(text, {
        schema: jsYaml.CORE_SCHEMA,
        json: false,
        maxDepth: MAX_DEPTH,
      } as jsYaml.LoadOptions),
    };
  } catch (error) {
    if (error instanceof jsYaml.YAMLException) {
      const mark = error.mark as { line?: number; column?: number } | undefined;
      const line = (mark?.line ?? 0) + 1;
      const column = (mark?.column ?? 0) + 1;
      const reason = error.reason ?? error.message;
      if (reason.startsWith("duplicated mapping key")) {
        return failure("duplicate-key", "A key appears twice in the same mapping", line, column);
      }
      if (reason.startsWith("unknown tag")) {
        return failure(
          "unknown-tag",
          `Unknown YAML tag: ${reason.replace("unknown tag ", "")}`,
          line,
          tagColumn(text, line) ?? column,
        );
      }
      if (reason.startsWith("nesting exceeded")) {
        return failure("too-deep", `The file nests deeper than ${MAX_DEPTH} levels`, line, column);
      }
      return failure(
        "yaml-syntax",
        `${isJson ? "Invalid JSON/YAML" : "Invalid YAML"}: ${reason}`,
        line,
        column,
      );
    }
    if (error instanceof RangeError)
      return failure("too-deep", "The file nests too deeply to read", 1, 1);
    throw error;
  }
}

function parseWithYaml(text: string): { ok: true; data: unknown } | ParseFailure {
  const doc = parseDocument(text, {
    uniqueKeys: true,
    schema: "core",
    prettyErrors: true,
    merge: false,
  });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    if (/Maximum call stack/.test(error.message))
      return failure("too-deep", "The file nests too deeply to read", pos.line, pos.col);
    const ruleId =
      error.code === "DUPLICATE_KEY"
        ? "duplicate-key"
        : error.code === "TAG_RESOLVE_FAILED"
          ? "unknown-tag"
          : "yaml-syntax";
    const message =
      ruleId === "duplicate-key"
        ? "A key appears twice in the same mapping"
        : `Invalid YAML: ${firstLine(error.message)}`;
    return failure(ruleId, message, pos.line, pos.col);
  }
  const warning = doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (warning) {
    const pos = warning.linePos?.[0] ?? { line: 1, col: 1 };
    return failure(
      "unknown-tag",
      `Unknown YAML tag: ${firstLine(warning.message)}`,
      pos.line,
      pos.col,
    );
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    if (error instanceof RangeError)
      return failure("too-deep", "The file nests too deeply to read", 1, 1);
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return failure(
        "alias-bomb",
        `The file expands YAML aliases more than ${MAX_ALIASES} times (an alias bomb?)`,
        1,
        1,
      );
    }
    return failure("yaml-syntax", `Invalid YAML: ${message}`, 1, 1);
  }
}

function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/** Iterative, so hostile depth cannot overflow the stack here. */
function depthExceeds(root: object, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return true;
    for (const value of Object.values(node)) {
      if (value !== null && typeof value === "object") stack.push([value, depth + 1]);
    }
  }
  return false;
}

function failure(
  ruleId: ParseFailure["ruleId"],
  message: string,
  line: number,
  column: number,
): ParseFailure {
  return { ok: false, ruleId, message, line, column };
}
