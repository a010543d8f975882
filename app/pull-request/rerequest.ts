import type { Context } from "probot";
import { PortError } from "../../core/port.js";
import { queuedPullNumber } from "../../core/pull-request/pull-request-payload.js";
import { createGitHubPort } from "../../github/github-port.js";
import { CHECK_NAME } from "./check-run.js";
import { gateContext, runGateCheck } from "./gate-check.js";

/** GitHub's "Re-run all checks". */
export async function onCheckSuiteRerequested(
  context: Context<"check_suite.rerequested">,
): Promise<void> {
  const suite = context.payload.check_suite;
  await gateAgain(context, suite.head_sha, suite.head_branch, suite.pull_requests);
}

/** GitHub's "Re-run" on the roadmap-gate check run. */
export async function onCheckRunRerequested(
  context: Context<"check_run.rerequested">,
): Promise<void> {
  const run = context.payload.check_run;
  if (run.name !== CHECK_NAME) return;
  await gateAgain(context, run.head_sha, run.check_suite.head_branch, run.pull_requests);
}

/** A re-request names a commit; its pull request comes from the payload or the merge queue ref. */
async function gateAgain(
  context: Context,
  headSha: string,
  headBranch: string | null | undefined,
  pulls: readonly { number: number }[],
): Promise<void> {
  const ctx = gateContext(context);
  const number = queuedPullNumber(headBranch) ?? pulls[0]?.number;
  await runGateCheck(ctx, {
    headSha,
    async pullRequest() {
      if (number === undefined)
        throw new PortError(
          "other",
          `no pull request was found for commit ${headSha}; push to the pull request or comment \`/roadmap-gate recheck\` on it`,
        );
      return createGitHubPort(ctx.octokit, ctx.repo).pullRequest(number);
    },
  });
}
