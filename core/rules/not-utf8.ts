import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const notUtf8 = {
  meta: meta("not-utf8", "error", "The file is not UTF-8 text.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Save the file as UTF-8.",
};
