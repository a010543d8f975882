import { meta, parseRule } from "./rule.js";

export const emptyFile = parseRule({
  meta: meta("empty-file", "error", "The file is empty.", false),
  hint: "Write an item (see `roadmap-gate init`) or delete the file.",
  says: () => "The file is empty",
});
