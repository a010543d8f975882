import type { Context } from "probot";
import { gateContext, runGateCheck } from "./gate-check.js";
import { pullRequestInfo } from "../../core/pull-request/pull-request-payload.js";

/** A pull request opened, pushed to, edited, relabelled or reviewed: gate its head commit. */
export async function onPullRequest(
  context: Context<"pull_request"> | Context<"pull_request_review">,
): Promise<void> {
  const pr = pullRequestInfo(context.payload.pull_request);
  await runGateCheck(gateContext(context), {
    headSha: pr.headSha,
    pullRequest: async () => pr,
  });
}
