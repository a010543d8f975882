import { meta, type ItemRule } from "./rule.js";

const unverified = meta(
  "signoff-unverified",
  "error",
  "A sign-off not backed by the reviewer's approving review on the pull request.",
  false,
);
const unauthorised = meta(
  "signoff-unauthorised",
  "error",
  "A sign-off by someone the policy does not list as a reviewer.",
  false,
);
const authorityUnknown = meta(
  "signoff-authority-unknown",
  "error",
  "A reviewer's authority could not be checked (e.g. team membership); the gate fails closed.",
  false,
);

/** A name written into YAML is never enough on GitHub: each entry must be backed by an approval. */
export const signoffVerification: ItemRule = {
  meta: [unverified, unauthorised, authorityUnknown],
  check(ctx) {
    const short = ctx.signOffs.filter((s) => s.counts).length < ctx.policy.sign_off.min_approvals;
    for (const s of ctx.signOffs) {
      const path = ["risk_review", "sign_off", s.index, "reviewer"];
      if (s.unlisted) {
        ctx.report(unauthorised, {
          path,
          level: ctx.gated ? "error" : "warning",
          message: `${s.reviewer} is not among the policy's reviewers (${ctx.policy.sign_off.reviewers.join(", ")})`,
          hint: "Ask a listed reviewer to sign off, or add the reviewer to sign_off.reviewers in the policy.",
        });
      }
      const v = s.verification;
      if (!v || v.verified) continue;
      if (v.failClosed) {
        ctx.report(authorityUnknown, {
          path,
          message: `Could not check whether ${s.reviewer} may sign off ${ctx.label}: ${v.reason}`,
          hint: "Give the token permission to read team membership, or run roadmap-gate as the GitHub App.",
        });
        continue;
      }
      ctx.report(unverified, {
        path,
        level: short && ctx.gated ? "error" : "warning",
        message: `${s.reviewer}'s sign-off of ${ctx.label} is not backed by an approval: ${v.reason}`,
        hint: `${s.reviewer} must approve this pull request after the last change to the item file.`,
      });
    }
  },
};
