import { meta, parseRule } from "./rule.js";

export const emptyFile = parseRule<"empty-file">({
  meta: meta("empty-file", "error", "The file is empty.", false, {
    example: ["roadmap/draft.yaml is empty (0 bytes)"],
    language: "text",
    fix: "Write an item in it (`roadmap-gate init` writes a complete example) or delete the file.",
  }),
  hint: "Write an item (see `roadmap-gate init`) or delete the file.",
  says: () => "The file is empty",
});
