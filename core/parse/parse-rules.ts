import { meta } from "../rules/rule.js";

/** Findings for a file that cannot be read into an item at all. None can be waived. */
export const parseRules = {
  "yaml-syntax": meta("yaml-syntax", "error", "The file is not valid YAML or JSON.", false),
  "duplicate-key": meta("duplicate-key", "error", "A key appears twice in one mapping.", false),
  "unknown-tag": meta(
    "unknown-tag",
    "error",
    "A YAML tag (`!something`) the format does not use.",
    false,
  ),
  "alias-bomb": meta(
    "alias-bomb",
    "error",
    'YAML aliases that expand too much (a "billion laughs" bomb).',
    false,
  ),
  "too-deep": meta("too-deep", "error", "Nesting far deeper than any item needs.", false),
  "empty-file": meta("empty-file", "error", "The file is empty.", false),
  "not-a-mapping": meta(
    "not-a-mapping",
    "error",
    "The file holds a list or a scalar, not a mapping.",
    false,
  ),
  "not-utf8": meta("not-utf8", "error", "The file is not UTF-8 text.", false),
  "file-too-large": meta(
    "file-too-large",
    "error",
    "The file exceeds `limits.max_file_bytes`.",
    false,
  ),
  unreadable: meta(
    "unreadable",
    "error",
    "The file could not be read (e.g. a symlink out of the repository, a binary file).",
    false,
  ),
} as const;

export type ParseRuleId = keyof typeof parseRules;

export const parseHints: Record<ParseRuleId, string> = {
  "yaml-syntax":
    "Fix the syntax at this position; a YAML linter or your editor's schema support shows it too.",
  "duplicate-key": "Keep one of the two keys: YAML tools disagree on which one wins.",
  "unknown-tag": "Remove the tag; items use plain YAML values.",
  "alias-bomb": "Write the values out instead of using anchors and aliases.",
  "too-deep": "Items nest a few levels at most; flatten the structure.",
  "empty-file": "Write an item (see `roadmap-gate init`) or delete the file.",
  "not-a-mapping": "An item is a mapping: apiVersion, id, title, owner, status, ...",
  "not-utf8": "Save the file as UTF-8.",
  "file-too-large": "Split the item, or raise limits.max_file_bytes in the policy.",
  unreadable: "Make it a regular text file inside the repository.",
};
