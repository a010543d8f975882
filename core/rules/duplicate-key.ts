import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const duplicateKey = {
  meta: meta("duplicate-key", "error", "A key appears twice in one mapping.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Keep one of the two keys: YAML tools disagree on which one wins.",
};
