import { meta, type PatternRule } from "./rule.js";

/** The schema names it beside a pattern (`"$comment": "rule: <id>"`); core/item/shape-findings.ts asks it for the words. */
export const sliceIdFormat: PatternRule = {
  meta: meta("slice-id-format", "error", "A slice id that is not kebab-case."),
  mismatch: ({ at, shown }) => ({
    message: `${at} ${shown} is not a kebab-case slice id`,
    hint: "Use lower-case words joined by dashes, e.g. read-only-preview.",
  }),
};
