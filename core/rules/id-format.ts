import { meta, patternRule } from "./rule.js";

/** A pattern that names this rule (`"$comment": "rule: id-format"` in the schema). */
export const idFormat = patternRule({
  meta: meta("id-format", "error", "The item id does not look like `FEAT-142`.", false, {
    example: ["id: feat_142"],
    fix: "Write an id such as `FEAT-142`: capital letters or digits, a dash, a number.",
  }),
  says: (_at, shown) => `The item id ${shown} is not LETTERS-NUMBER`,
  hint: "Write an id such as FEAT-142: capital letters or digits, a dash, a number.",
});
