import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const fileTooLarge = meta(
  "file-too-large",
  "error",
  "The file exceeds `limits.max_file_bytes`.",
  false,
);

export const fileTooLargeHint = "Split the item, or raise limits.max_file_bytes in the policy.";
