import type { Context } from "probot";
import { PortError } from "../../core/port.js";
import { queuedPullNumber } from "../../core/pull-request/pull-request-payload.js";
import { createGitHubPort } from "../../github/github-port.js";
import { CHECK_NAME } from "./check-run.js";
import { gateContext, runGateCheck, type GateTarget } from "./gate-check.js";

/** GitHub's "Re-run all checks". */
export async function onCheckSuiteRerequested(
  context: Context<"check_suite.rerequested">,
): Promise<void> {
  const suite = context.payload.check_suite;
  await gateAgain(context, suite.head_sha, suite.head_branch);
}

/** GitHub's "Re-run" on the roadmap-gate check run. */
export async function onCheckRunRerequested(
  context: Context<"check_run.rerequested">,
): Promise<void> {
  const run = context.payload.check_run;
  if (run.name !== CHECK_NAME) return;
  await gateAgain(context, run.head_sha, run.check_suite.head_branch);
}

/**
 * A re-request names a commit, and is judged as that commit. A merge queue branch's name gives the
 * pull request whose reviews count only when GitHub confirms a real queue commit: the branch
 * exists, points at this commit, and the pull request's queue entry is this commit (anyone who can
 * push can name a branch `gh-readonly-queue/main/pr-7-…`). Otherwise the commit is judged as the
 * head of its open pull requests, never with another commit's pull request; with none, it fails.
 */
async function gateAgain(
  context: Context,
  headSha: string,
  headBranch: string | null | undefined,
): Promise<void> {
  const ctx = gateContext(context);
  const port = createGitHubPort(ctx.octokit, ctx.repo);
  const queued = queuedPullNumber(headBranch);
  const target: GateTarget = {
    headSha,
    async pullRequest() {
      if (queued !== undefined && headBranch) {
        const queue = await port.mergeQueue(headBranch, queued);
        if (queue.branchHead === headSha && queue.queuedHead === headSha) {
          target.queue = true;
          return port.pullRequest(queued);
        }
      }
      const [own] = await port.openPullRequestsAt(headSha);
      if (own) return own;
      const notQueue =
        queued === undefined
          ? ""
          : `, nor the merge queue's commit for #${queued} (its branch ${headBranch} is not a live queue entry of this commit)`;
      throw new PortError(
        "other",
        `commit ${headSha} is not the head of an open pull request${notQueue}; push to the pull request or comment \`/roadmap-gate recheck\` on it`,
      );
    },
  };
  await runGateCheck(ctx, target);
}
