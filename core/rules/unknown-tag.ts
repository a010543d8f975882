import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const unknownTag = {
  meta: meta("unknown-tag", "error", "A YAML tag (`!something`) the format does not use.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Remove the tag; items use plain YAML values.",
};
