import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const tooDeep = meta("too-deep", "error", "Nesting far deeper than any item needs.", false);

export const tooDeepHint = "Items nest a few levels at most; flatten the structure.";
