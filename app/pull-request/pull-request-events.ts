import type { Context } from "probot";
import { gateContext, runGateCheck } from "./gate-check.js";
import { foldPerPullRequest } from "./fold-events.js";
import { pullRequestInfo } from "../../core/pull-request/pull-request-payload.js";

/**
 * A pull request opened, pushed to, edited, relabelled or reviewed: gate its head commit. Events
 * for one pull request that arrive while it is being judged fold into one more evaluation, of the
 * newest (fold-events.ts).
 */
export async function onPullRequest(
  context: Context<"pull_request"> | Context<"pull_request_review">,
): Promise<void> {
  const pr = pullRequestInfo(context.payload.pull_request);
  const ctx = gateContext(context);
  const key = `${ctx.installation ?? ""}/${ctx.repo.owner}/${ctx.repo.repo}#${pr.number}`;
  const outcome = await foldPerPullRequest(key, () =>
    runGateCheck(ctx, { headSha: pr.headSha, pullRequest: async () => pr }),
  );
  if (outcome === "folded")
    ctx.log.info({ delivery: ctx.delivery, pull: pr.number }, "Folded into the next evaluation");
}
