import type { Context } from "probot";
import type { BotLogin } from "../bot-login.js";
import { readRoadmapState, readValidPolicy, updateIssueChecklist } from "./issue-checklist.js";
import { issueMatters } from "./issue-relevance.js";
import { issueScope } from "./issue-scope.js";

/** An issue opened, edited, labelled or reopened: its checklist, from the items on the default branch. */
export async function onIssue(context: Context<"issues">, botLogin: BotLogin): Promise<void> {
  const issue = context.payload.issue;
  const scope = issueScope(context, context.payload.repository, botLogin);
  const policy = await readValidPolicy(scope, scope.defaultBranch);
  if (!policy) return;
  const facts = {
    number: issue.number,
    body: issue.body,
    labels: (issue.labels ?? []).flatMap((l) => (l ? [l.name] : [])),
  };
  if (!(await issueMatters(scope, policy, context.payload.action, facts))) {
    scope.log.debug({ issue: issue.number }, "No label or checklist: the roadmap is not read");
    return;
  }
  const state = await readRoadmapState(scope, scope.defaultBranch, policy);
  await updateIssueChecklist(scope, state, facts);
}
