import picomatch from "picomatch";
import type { Context } from "probot";
import type { BotLogin } from "../bot-login.js";
import {
  readRoadmapState,
  readValidPolicy,
  trackingIssuesOf,
  updateIssueChecklist,
} from "./issue-checklist.js";
import { issueScope } from "./issue-scope.js";
import { readItems } from "./roadmap-files.js";

const ZERO_SHA = /^0+$/;

/**
 * A push to the default branch that changes item files: the checklists of the issues those items
 * name, before and after the push (an item that moved to another issue updates both).
 */
export async function onPush(context: Context<"push">, botLogin: BotLogin): Promise<void> {
  const { ref, before, after, commits, forced, deleted, repository } = context.payload;
  if (deleted || ref !== `refs/heads/${repository.default_branch}`) return;
  const scope = issueScope(context, context.payload.repository, botLogin);
  // Most pushes change no item file: then only the policy is read.
  const changed = commits.flatMap((c) => [
    ...(c.added ?? []),
    ...(c.modified ?? []),
    ...(c.removed ?? []),
  ]);
  const everything = forced || ZERO_SHA.test(before) || commits.length >= 2048;
  const policy = await readValidPolicy(scope, after);
  if (!policy) return;
  const isItem = picomatch(policy.paths);
  const touched = new Set(changed.filter((p) => isItem(p)));
  if (!everything && touched.size === 0) return;
  const state = await readRoadmapState(scope, after, policy);

  const now = new Set<number>();
  for (const [path, issue] of Object.entries(state.issues))
    if (everything || touched.has(path)) now.add(issue);
  const previously = new Set<number>();
  if (!everything) {
    const files = await readItems(state.reader, before, [...touched]);
    for (const issue of Object.values(await trackingIssuesOf(files, state.policy, scope.queue)))
      previously.add(issue);
  }
  for (const number of [...new Set([...now, ...previously])].sort((a, b) => a - b)) {
    const issue = await scope.port.issue(number);
    if (!issue) continue;
    await updateIssueChecklist(scope, state, issue, { wasTracked: previously.has(number) });
  }
}
