import { meta, type PatternRule } from "./rule.js";

/** The schema names it beside a pattern (`"$comment": "rule: <id>"`); core/item/shape-findings.ts asks it for the words. */
export const idFormat: PatternRule = {
  meta: meta("id-format", "error", "The item id does not look like `FEAT-142`.", false),
  mismatch: ({ shown }) => ({
    message: `The item id ${shown} is not LETTERS-NUMBER`,
    hint: "Write an id such as FEAT-142: capital letters or digits, a dash, a number.",
  }),
};
