import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const notUtf8 = meta("not-utf8", "error", "The file is not UTF-8 text.", false);

export const notUtf8Hint = "Save the file as UTF-8.";
