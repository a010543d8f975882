import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "signoff-unverified",
  "error",
  "A sign-off not backed by the reviewer's approving review on the pull request.",
  false,
);

/** A name written into YAML is never enough on GitHub: each entry must be backed by an approval. */
export const signoffUnverified: ItemRule = {
  meta: rule,
  check(ctx) {
    const short = ctx.signOffs.filter((s) => s.counts).length < ctx.policy.sign_off.min_approvals;
    for (const s of ctx.signOffs) {
      const v = s.verification;
      if (!v || v.verified || v.failClosed) continue;
      ctx.report(rule, {
        path: ["risk_review", "sign_off", s.index, "reviewer"],
        level: short && ctx.gated ? "error" : "warning",
        message: `${s.reviewer}'s sign-off of ${ctx.label} is not backed by an approval: ${v.reason}`,
        hint: `${s.reviewer} must approve this pull request after the last change to the item file.`,
      });
    }
  },
};
