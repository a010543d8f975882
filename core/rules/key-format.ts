import { meta, type PatternRule } from "./rule.js";

/** The schema names it beside a pattern (`"$comment": "rule: <id>"`); core/item/shape-findings.ts asks it for the words. */
export const keyFormat: PatternRule = {
  meta: meta("key-format", "error", "A metric or instrumentation kind that is not snake_case."),
  mismatch: ({ at, shown }) => ({
    message: `${at} ${shown} is not a snake_case kind`,
    hint: "Write it in snake_case, e.g. error_budget.",
  }),
};
