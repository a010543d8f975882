import type { Context } from "probot";
import { PortError } from "../../core/port.js";
import { gateContext, runGateCheck } from "./gate-check.js";
import { fetchPullRequest } from "./pull-request-info.js";

/** `refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>`: the pull request a merge queue commit is for. */
const QUEUE_REF = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/;

export function queuedPullNumber(ref: string | null | undefined): number | undefined {
  const match = QUEUE_REF.exec(ref ?? "");
  return match ? Number(match[1]) : undefined;
}

/** A merge queue asks for checks: the queue's own commit is evaluated for real, with the PR's reviews. */
export async function onMergeGroup(
  context: Context<"merge_group.checks_requested">,
): Promise<void> {
  const group = context.payload.merge_group;
  const ctx = gateContext(context);
  const number = queuedPullNumber(group.head_ref);
  await runGateCheck(ctx, {
    headSha: group.head_sha,
    async pullRequest() {
      if (number === undefined)
        throw new PortError("other", `the merge queue ref ${group.head_ref} names no pull request`);
      return fetchPullRequest(ctx.octokit, ctx.repo, number);
    },
  });
}
