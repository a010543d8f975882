import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const aliasBomb = meta(
  "alias-bomb",
  "error",
  'YAML aliases that expand too much (a "billion laughs" bomb).',
  false,
);

export const aliasBombHint = "Write the values out instead of using anchors and aliases.";
