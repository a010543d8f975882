import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const tooDeep = {
  meta: meta("too-deep", "error", "Nesting far deeper than any item needs.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Items nest a few levels at most; flatten the structure.",
};
