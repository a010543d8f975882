import type { Context } from "probot";
import { PortError } from "../../core/port.js";
import { queuedPullNumber } from "../../core/pull-request/pull-request-payload.js";
import { createGitHubPort } from "../../github/github-port.js";
import { gateContext, runGateCheck } from "./gate-check.js";

/** A merge queue asks for checks: the queue's own commit is evaluated for real, with the PR's reviews. */
export async function onMergeGroup(
  context: Context<"merge_group.checks_requested">,
): Promise<void> {
  const group = context.payload.merge_group;
  const ctx = gateContext(context);
  const number = queuedPullNumber(group.head_ref);
  await runGateCheck(ctx, {
    headSha: group.head_sha,
    queue: true,
    async pullRequest() {
      if (number === undefined)
        throw new PortError("other", `the merge queue ref ${group.head_ref} names no pull request`);
      return createGitHubPort(ctx.octokit, ctx.repo).pullRequest(number);
    },
  });
}
