import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const duplicateKey = meta(
  "duplicate-key",
  "error",
  "A key appears twice in one mapping.",
  false,
);

export const duplicateKeyHint = "Keep one of the two keys: YAML tools disagree on which one wins.";
