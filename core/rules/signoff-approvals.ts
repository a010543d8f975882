import { has, record } from "../data/read.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "signoff-approvals",
  "error",
  "A gated item has fewer approving sign-offs than `sign_off.min_approvals`.",
  false,
  {
    example: [
      "# policy: sign_off: { min_approvals: 2 }",
      "risk_review:",
      "  sign_off:",
      '    - { reviewer: "@sam", role: SRE, date: "2026-11-02", decision: approved }',
    ],
    fix: "Add `risk_review.sign_off` entries (reviewer, date, `decision: approved`) by authorised reviewers until there are `sign_off.min_approvals`; on GitHub each reviewer also approves the pull request.",
  },
);

export const signoffApprovals: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated || !ctx.data.risk_review) return;
    const count = ctx.signOffs.filter((s) => s.counts).length;
    const needed = ctx.policy.sign_off.min_approvals;
    if (count >= needed) return;
    const verified = ctx.signOffs.some((s) => s.verification) ? "verified " : "";
    const who = ctx.policy.sign_off.reviewers.length
      ? ` from ${ctx.policy.sign_off.reviewers.join(", ")}`
      : "";
    ctx.report({
      // At the sign_off list when there is one (it is what is short), else at the review lacking it.
      path: has(record(ctx.data.risk_review), "sign_off")
        ? ["risk_review", "sign_off"]
        : ["risk_review"],
      target: "key",
      message: `${ctx.label} has ${count} ${verified}approving sign-off${count === 1 ? "" : "s"}; it needs ${needed}`,
      hint: `Add a risk_review.sign_off entry (reviewer, date, decision: approved) by an authorised reviewer${who}, who approves the pull request.`,
    });
  },
};
