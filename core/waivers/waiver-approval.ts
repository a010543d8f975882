import { isUnlisted } from "../signoff/judge-sign-offs.js";
import { verifyReviewer } from "../signoff/verify-sign-off.js";
import type { Waiver, WaiverFacts } from "./waiver.js";

/**
 * Why the waiver's `approved_by` does not count, or undefined when it does. On a pull request
 * that changes the item, the approver must have approved it after the item's last change;
 * elsewhere nothing is verified, but a policy's list of reviewers is checked, as for a sign-off.
 */
export function approvalProblem(ctx: WaiverFacts, waiver: Waiver): Problem | undefined {
  // Both waiver-unverified and waiver-applied ask: verify each waiver once.
  if (judged.has(waiver)) return judged.get(waiver);
  const problem = findProblem(ctx, waiver);
  judged.set(waiver, problem);
  return problem;
}

type Problem = { message: string; hint: string };

const judged = new WeakMap<Waiver, Problem | undefined>();

function findProblem(ctx: WaiverFacts, waiver: Waiver): Problem | undefined {
  const { rule, approvedBy } = waiver;
  if (!ctx.signOff?.changedPaths.has(ctx.file)) {
    if (!isUnlisted(approvedBy, ctx.policy)) return undefined;
    return {
      message: `The waiver of \`${rule}\` is approved by ${approvedBy}, who is not among the policy's reviewers (${ctx.policy.sign_off.reviewers.join(", ")})`,
      hint: "Ask a reviewer listed in sign_off.reviewers to approve the waiver, or fix what the rule reports.",
    };
  }
  const verified = verifyReviewer(approvedBy, ctx.file, ctx.signOff);
  if (verified.verified) return undefined;
  return {
    message: `The waiver of \`${rule}\` is not backed by an approval: ${verified.reason}`,
    hint: `${approvedBy} must approve this pull request after the last change to the item file.`,
  };
}
