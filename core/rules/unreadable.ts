import { meta, parseRule } from "./rule.js";

/** Said by whoever read the file: the reason it gave (a link out of the repository, binary, ...). */
export const unreadable = parseRule({
  meta: meta(
    "unreadable",
    "error",
    "The file could not be read (e.g. a symlink out of the repository, a binary file).",
    false,
  ),
  hint: "Make it a regular text file inside the repository.",
  says: (reason: string) => reason,
});
