import { isUnlisted } from "../signoff/judge-sign-offs.js";
import { verifyReviewer } from "../signoff/verify-sign-off.js";
import type { Waiver, WaiverFacts } from "./waiver.js";

/**
 * Why the waiver's `approved_by` does not count, as data (the rule `waiver-unverified` words it),
 * or undefined when it does. On a pull request that changes the item, the approver must have
 * approved it after the item's last change; elsewhere nothing is verified, but a policy's list of
 * reviewers is checked, as for a sign-off.
 */
export function approvalProblem(ctx: WaiverFacts, waiver: Waiver): ApprovalProblem | undefined {
  // Both waiver-unverified and waiver-applied ask: verify each waiver once.
  if (judged.has(waiver)) return judged.get(waiver);
  const problem = findProblem(ctx, waiver);
  judged.set(waiver, problem);
  return problem;
}

/**
 * `unlisted`: the approver is not among the policy's reviewers (`reviewers`), off a pull request.
 * `unverified`: on a pull request that changes the item, no approval backs it (`reason`).
 */
export type ApprovalProblem =
  { kind: "unlisted"; reviewers: readonly string[] } | { kind: "unverified"; reason: string };

const judged = new WeakMap<Waiver, ApprovalProblem | undefined>();

function findProblem(ctx: WaiverFacts, waiver: Waiver): ApprovalProblem | undefined {
  if (!ctx.signOff?.changedPaths.has(ctx.file)) {
    if (!isUnlisted(waiver.approvedBy, ctx.policy)) return undefined;
    return { kind: "unlisted", reviewers: ctx.policy.sign_off.reviewers };
  }
  const verified = verifyReviewer(waiver.approvedBy, ctx.file, ctx.signOff);
  return verified.verified ? undefined : { kind: "unverified", reason: verified.reason };
}
