import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "signoff-authority-unknown",
  "error",
  "A reviewer's authority could not be checked (e.g. team membership); the gate fails closed.",
  false,
  {
    example: [
      '# policy: sign_off: { reviewers: ["@acme/sre"] }, judged by the Action with GITHUB_TOKEN',
      "risk_review:",
      "  sign_off:",
      '    - { reviewer: "@sam", role: SRE, date: "2026-11-02", decision: approved }',
    ],
    fix: "Give the Action a token that can read organisation members (_Members: read_, as a secret in `token:`), list users instead of teams, or run the GitHub App, which can read teams ([Action permissions](../action.md#permissions)).",
  },
);

export const signoffAuthorityUnknown: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const s of ctx.signOffs) {
      const v = s.verification;
      if (!v || v.verified || !v.failClosed) continue;
      ctx.report({
        path: ["risk_review", "sign_off", s.index, "reviewer"],
        message: `Could not check whether ${s.reviewer} may sign off ${ctx.label}: ${v.reason}`,
        hint: "Give the token permission to read team membership, or run roadmap-gate as the GitHub App.",
      });
    }
  },
};
