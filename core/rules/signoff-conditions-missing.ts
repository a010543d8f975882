import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "signoff-conditions-missing",
  "error",
  "An `approved_with_conditions` sign-off without `conditions`.",
  false,
  {
    example: [
      "risk_review:",
      "  sign_off:",
      '    - { reviewer: "@sam", role: SRE, date: "2026-11-02", decision: approved_with_conditions }',
    ],
    fix: "Write `conditions`: what must hold for the approval to stand. Without them (or with blank ones) the sign-off is no approval.",
  },
);

export const signoffConditionsMissing: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const s of ctx.signOffs) {
      if (s.decision !== "approved_with_conditions" || s.conditions !== undefined) continue;
      ctx.report({
        path: ["risk_review", "sign_off", s.index],
        message: `${s.reviewer} approved ${ctx.label} with conditions but the conditions are not written`,
        hint: "Add conditions: what must hold for the approval to stand.",
      });
    }
  },
};
