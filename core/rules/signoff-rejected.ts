import { meta, type ItemRule } from "./rule.js";

const rule = meta("signoff-rejected", "error", "A reviewer rejected the risk review.", false, {
  example: [
    "risk_review:",
    "  sign_off:",
    '    - { reviewer: "@sam", role: SRE, date: "2026-11-02", decision: rejected }',
  ],
  fix: "Address the reviewer's concerns and ask for a new sign-off; remove the rejection only with their agreement.",
});

/** A rejection blocks whether it is verified or not: nobody forges a "no" to their own harm. */
export const signoffRejected: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated) return;
    for (const s of ctx.signOffs) {
      if (s.decision !== "rejected") continue;
      ctx.report({
        path: ["risk_review", "sign_off", s.index, "decision"],
        message: `${s.reviewer} rejected the risk review of ${ctx.label}`,
        hint: "Address the reviewer's concerns and ask for a new sign-off; remove the rejection only with their agreement.",
      });
    }
  },
};
