import { meta, parseRule } from "./rule.js";

export const duplicateKey = parseRule<"duplicate-key">({
  meta: meta("duplicate-key", "error", "A key appears twice in one mapping.", false, {
    example: ["id: FEAT-142", "title: Bulk export", "title: Bulk export to CSV"],
    fix: "Keep one of the two keys and delete the other: YAML tools disagree on which one wins.",
  }),
  hint: "Keep one of the two keys: YAML tools disagree on which one wins.",
  says: () => "A key appears twice in the same mapping",
});
