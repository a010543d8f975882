import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "signoff-unverified",
  "error",
  "A sign-off not backed by the reviewer's approving review on the pull request.",
  false,
  {
    example: [
      "risk_review:",
      "  sign_off:",
      '    - { reviewer: "@sam", role: SRE, date: "2026-11-02", decision: approved }',
      "# ... but @sam has not approved the pull request since the item file last changed",
    ],
    fix: "The reviewer approves the pull request after the last change to the item file. An approval of an older version of the file, or by the pull request's author, does not count ([Verified sign-off](../sign-off.md)).",
  },
);

/** A name written into YAML is never enough on GitHub: each entry must be backed by an approval. */
export const signoffUnverified: ItemRule = {
  meta: rule,
  check(ctx) {
    const short = ctx.signOffs.filter((s) => s.counts).length < ctx.policy.sign_off.min_approvals;
    for (const s of ctx.signOffs) {
      const v = s.verification;
      if (!v || v.verified || v.failClosed) continue;
      ctx.report({
        path: ["risk_review", "sign_off", s.index, "reviewer"],
        level: short && ctx.gated ? "error" : "warning",
        message: `${s.reviewer}'s sign-off of ${ctx.label} is not backed by an approval: ${v.reason}`,
        hint: `${s.reviewer} must approve this pull request after the last change to the item file.`,
      });
    }
  },
};
