import { meta, type PatternRule } from "./rule.js";

/** The schema names it beside a pattern (`"$comment": "rule: <id>"`); core/item/shape-findings.ts asks it for the words. */
export const handleFormat: PatternRule = {
  meta: meta("handle-format", "error", "A handle that is not `@user` or `@org/team`."),
  mismatch: ({ at, shown }) => ({
    message: `${at} ${shown} is not a GitHub handle`,
    hint: "Write @user or @org/team.",
  }),
};
