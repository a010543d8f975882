import { meta, type PatternRule } from "./rule.js";

/** The schema names it beside a pattern (`"$comment": "rule: <id>"`); core/item/shape-findings.ts asks it for the words. */
export const windowFormat: PatternRule = {
  meta: meta("window-format", "error", "A window that is not NUMBER + h, d or w."),
  mismatch: ({ at, shown }) => ({
    message: `${at} ${shown} is not a window`,
    hint: "Write NUMBER + h, d or w, e.g. 28d.",
  }),
};
