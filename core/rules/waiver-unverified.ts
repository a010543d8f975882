import { approvalProblem, type ApprovalProblem } from "../waivers/waiver-approval.js";
import { withinLimit, type Waiver } from "../waivers/waiver.js";
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
    if (problem) ctx.report({ path: [...waiver.path, "approved_by"], ...words(waiver, problem) });
  },
};

/** The words for why the waiver's approval does not count (core/waivers/waiver-approval.ts). */
function words({ rule, approvedBy }: Waiver, problem: ApprovalProblem) {
  return problem.kind === "unlisted"
    ? {
        message: `The waiver of \`${rule}\` is approved by ${approvedBy}, who is not among the policy's reviewers (${problem.reviewers.join(", ")})`,
        hint: "Ask a reviewer listed in sign_off.reviewers to approve the waiver, or fix what the rule reports.",
      }
    : {
        message: `The waiver of \`${rule}\` is not backed by an approval: ${problem.reason}`,
        hint: `${approvedBy} must approve this pull request after the last change to the item file.`,
      };
}
