import { meta, parseRule } from "./rule.js";

/** Said by whoever read the file: the reason it gave (a link out of the repository, binary, ...). */
export const unreadable = parseRule<"unreadable">({
  meta: meta(
    "unreadable",
    "error",
    "The file could not be read (e.g. a symlink out of the repository, a binary file).",
    false,
    {
      example: [
        "roadmap/shared.yaml -> ../../../etc/hosts (a symlink that leads out of the repository)",
      ],
      language: "text",
      fix: "Make it a regular text file inside the repository: replace a symlink by the file it points to.",
    },
  ),
  hint: "Make it a regular text file inside the repository.",
  says: ({ reason }) => reason,
});
