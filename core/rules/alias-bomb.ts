import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const aliasBomb = {
  meta: meta(
    "alias-bomb",
    "error",
    'YAML aliases that expand too much (a "billion laughs" bomb).',
    false,
  ),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Write the values out instead of using anchors and aliases.",
};
