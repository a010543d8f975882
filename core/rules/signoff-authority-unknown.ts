import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "signoff-authority-unknown",
  "error",
  "A reviewer's authority could not be checked (e.g. team membership); the gate fails closed.",
  false,
);

export const signoffAuthorityUnknown: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const s of ctx.signOffs) {
      const v = s.verification;
      if (!v || v.verified || !v.failClosed) continue;
      ctx.report(rule, {
        path: ["risk_review", "sign_off", s.index, "reviewer"],
        message: `Could not check whether ${s.reviewer} may sign off ${ctx.label}: ${v.reason}`,
        hint: "Give the token permission to read team membership, or run roadmap-gate as the GitHub App.",
      });
    }
  },
};
