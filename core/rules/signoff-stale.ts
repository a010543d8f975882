import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "signoff-stale",
  "error",
  "A sign-off older than `sign_off.max_age_days`.",
  false,
  {
    example: [
      "# policy: sign_off: { max_age_days: 180 } (the default)",
      "risk_review:",
      "  sign_off:",
      '    - { reviewer: "@sam", role: SRE, date: "2025-11-02", decision: approved }',
    ],
    fix: "Review the risks again and record a new sign-off with a new date (on GitHub, with a new approving review).",
  },
);

export const signoffStale: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated) return;
    for (const s of ctx.signOffs) {
      if (!s.stale) continue;
      ctx.report({
        path: ["risk_review", "sign_off", s.index, "date"],
        message: `${s.reviewer}'s sign-off of ${ctx.label} (${s.date}) is older than ${ctx.policy.sign_off.max_age_days} days`,
        hint: "Review the risks again and record a new sign-off.",
      });
    }
  },
};
