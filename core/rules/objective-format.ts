import { meta, type PatternRule } from "./rule.js";

/** The schema names it beside a pattern (`"$comment": "rule: <id>"`); core/item/shape-findings.ts asks it for the words. */
export const objectiveFormat: PatternRule = {
  meta: meta(
    "objective-format",
    "error",
    "An objective outside the `[pNN ]OP NUMBER[UNIT]` grammar.",
  ),
  mismatch: ({ at, shown }) => ({
    message: `${at} ${shown} does not read as an objective`,
    hint: 'Write `[pNN ]OP NUMBER[UNIT]`, e.g. ">= 99.5%", "p95 <= 300ms" or "<= 2/week".',
  }),
};
