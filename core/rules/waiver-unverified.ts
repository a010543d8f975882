import { approvalProblem } from "../waivers/waiver-approval.js";
import { withinLimit } from "../waivers/waiver.js";
import type { WaiverRule } from "./rule.js";
import { meta } from "./rule.js";

const rule = meta(
  "waiver-unverified",
  "error",
  "A waiver's `approved_by` is not backed by an approving review.",
  false,
  {
    example: [
      '# policy: sign_off: { reviewers: ["@sam"] }',
      "waivers:",
      '  - { rule: slo-missing, reason: SLO next sprint, approved_by: "@devon", expires: "2026-12-15" }',
    ],
    fix: "The person in `approved_by` approves the pull request (after the item file's last change), and is one the policy allows to sign off.",
  },
);

/** Judged only for a waiver that would otherwise be in force: its approval is what is left. */
export const waiverUnverified: WaiverRule = {
  meta: rule,
  check(ctx, waiver) {
    if (!withinLimit(ctx, waiver)) return;
    const problem = approvalProblem(ctx, waiver);
    if (problem) ctx.report({ path: [...waiver.path, "approved_by"], ...problem });
  },
};
