import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const unknownTag = meta(
  "unknown-tag",
  "error",
  "A YAML tag (`!something`) the format does not use.",
  false,
);

export const unknownTagHint = "Remove the tag; items use plain YAML values.";
