import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const unreadable = meta(
  "unreadable",
  "error",
  "The file could not be read (e.g. a symlink out of the repository, a binary file).",
  false,
);

export const unreadableHint = "Make it a regular text file inside the repository.";
