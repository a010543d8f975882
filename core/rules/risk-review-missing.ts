import { meta, type ItemRule } from "./rule.js";
import { has } from "../data/read.js";

/** Not waivable: a waiver must never stand in for the risk review itself. */
const rule = meta("risk-review-missing", "error", "A gated item has no `risk_review`.", false, {
  example: ["id: FEAT-142", "status: in_progress", "# no risk_review"],
  fix: "Add `risk_review` with `risks` and a `sign_off` by an authorised reviewer. This rule cannot be waived.",
});

export const riskReviewMissing: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated || has(ctx.data, "risk_review")) return;
    ctx.report({
      path: [],
      message: `${ctx.label} is \`${String(ctx.data.status)}\` but has no \`risk_review\``,
      hint: "Add risk_review with risks and a sign_off by an authorised reviewer.",
    });
  },
};
