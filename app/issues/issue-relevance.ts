import type { Policy } from "../../core/policy/policy.js";
import { checklistComments } from "./checklist-comment.js";
import type { IssueFacts, IssueScope } from "./issue-checklist.js";

/**
 * Whether an `issues` event can change the issue's checklist, asked before the roadmap is read:
 * reading every item file of a repository on each edit of any issue would spend the installation's
 * write queue (GraphQL reads share it) on issues the gate has nothing to say about.
 *
 * A checklist is made from the items and the policy on the default branch (a push keeps it in step
 * with them) and, for a labelled issue, from its labels and description. So, cheapest first:
 * opening or reopening an issue is the App's first look at it, and an item may name it: always
 * read. Otherwise the issue matters when it carries a configured label, or already has its
 * checklist (an item names it, so the edit refreshes it); an issue with neither can only be one
 * that no item names, or one whose item predates the App, which the next push to that item, a
 * reopen or a label reaches.
 */
export async function issueMatters(
  scope: IssueScope,
  policy: Policy,
  action: string,
  issue: IssueFacts,
): Promise<boolean> {
  if (action === "opened" || action === "reopened") return true;
  if (issue.labels.some((label) => policy.issues.labels.includes(label))) return true;
  const existing = await checklistComments(
    { port: scope.port, botLogin: await scope.botLogin() },
    issue.number,
  );
  return existing.length > 0;
}
