import { meta, type ItemRule } from "./rule.js";

const rule = meta("signoff-future-date", "error", "A sign-off dated in the future.", false, {
  example: [
    "risk_review:",
    "  sign_off:",
    '    - { reviewer: "@sam", role: SRE, date: "2027-01-10", decision: approved } # today is 2026-11-25',
  ],
  fix: "Write the date the reviewer actually decided.",
});

export const signoffFutureDate: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const s of ctx.signOffs) {
      if (!s.future) continue;
      ctx.report({
        path: ["risk_review", "sign_off", s.index, "date"],
        message: `${s.reviewer}'s sign-off of ${ctx.label} is dated ${s.date}, after today (${ctx.today})`,
        hint: "Write the date the reviewer actually decided.",
      });
    }
  },
};
