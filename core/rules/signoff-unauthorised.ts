import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "signoff-unauthorised",
  "error",
  "A sign-off by someone the policy does not list as a reviewer.",
  false,
  {
    example: [
      '# policy: sign_off: { reviewers: ["@sam", "@maria"] }',
      "risk_review:",
      "  sign_off:",
      '    - { reviewer: "@devon", role: engineer, date: "2026-11-02", decision: approved }',
    ],
    fix: "Ask a reviewer the policy lists to sign off, or add the reviewer to `sign_off.reviewers` in the policy (on the base branch, since that is the policy a pull request is judged by).",
  },
);

export const signoffUnauthorised: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const s of ctx.signOffs) {
      if (!s.unlisted) continue;
      ctx.report({
        path: ["risk_review", "sign_off", s.index, "reviewer"],
        level: ctx.gated ? "error" : "warning",
        message: `${s.reviewer} is not among the policy's reviewers (${ctx.policy.sign_off.reviewers.join(", ")})`,
        hint: "Ask a listed reviewer to sign off, or add the reviewer to sign_off.reviewers in the policy.",
      });
    }
  },
};
