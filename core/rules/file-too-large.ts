import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const fileTooLarge = {
  meta: meta("file-too-large", "error", "The file exceeds `limits.max_file_bytes`.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Split the item, or raise limits.max_file_bytes in the policy.",
};
