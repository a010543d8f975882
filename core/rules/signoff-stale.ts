import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "signoff-stale",
  "error",
  "A sign-off older than `sign_off.max_age_days`.",
  false,
);

export const signoffStale: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated) return;
    for (const s of ctx.signOffs) {
      if (!s.stale) continue;
      ctx.report(rule, {
        path: ["risk_review", "sign_off", s.index, "date"],
        message: `${s.reviewer}'s sign-off of ${ctx.label} (${s.date}) is older than ${ctx.policy.sign_off.max_age_days} days`,
        hint: "Review the risks again and record a new sign-off.",
      });
    }
  },
};
