import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const emptyFile = {
  meta: meta("empty-file", "error", "The file is empty.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Write an item (see `roadmap-gate init`) or delete the file.",
};
