import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const unreadable = {
  meta: meta(
    "unreadable",
    "error",
    "The file could not be read (e.g. a symlink out of the repository, a binary file).",
    false,
  ),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Make it a regular text file inside the repository.",
};
