import { meta, patternRule } from "./rule.js";

/** A pattern that names this rule (`"$comment": "rule: handle-format"` in the schema). */
export const handleFormat = patternRule({
  meta: meta("handle-format", "error", "A handle that is not `@user` or `@org/team`.", true, {
    example: ['owner: "maria"'],
    fix: 'Write `@user` or `@org/team`, quoted: `owner: "@maria"`.',
  }),
  says: (at, shown) => `${at} ${shown} is not a GitHub handle`,
  hint: "Write @user or @org/team.",
});
