import type { Finding } from "../findings/finding.js";
import { fileFinding, meta } from "./rule.js";

const rule = meta(
  "link-unknown",
  "error",
  "The pull request links an item id or issue that no item file has.",
  false,
);

/** A pull-request-level rule: its finding has file "" (the pull request itself). */
export const linkUnknown = {
  meta: rule,
  finding: (id: string): Finding =>
    fileFinding(rule, {
      file: "",
      message: `The pull request links ${id}, but no item file has that id`,
      hint: "Fix the id in the `Roadmap:` line, or add the item file.",
    }),
};
