import { randomUUID } from "node:crypto";
import type { FakeGitHub } from "../../support/fake-github/index.js";
import { waitFor } from "./harness.js";
import { pullRequestEvent } from "./payloads.js";
import type { AppProcess } from "./probot-app.js";
import type { PullRequestScenario } from "./scenario.js";
import { deliver } from "./webhooks.js";

/**
 * Sends the pull request's webhook to `app` and kills the app with SIGKILL while its evaluation
 * waits on the fake GitHub (the first GraphQL query is held for a minute). Returns when it died.
 */
export async function killMidEvaluation(
  gh: FakeGitHub,
  app: AppProcess,
  s: PullRequestScenario,
): Promise<{ killedAt: number; delivery: string; payload: Record<string, unknown> }> {
  const held = gh.delay({ method: "POST", path: /^\/graphql$/, ms: 60_000, times: 1 });
  // Without answering at once, the answer never comes: the connection dies with the app.
  const payload = pullRequestEvent(s.repo, s.pull);
  const delivery = randomUUID();
  const answer = deliver(app, "pull_request", payload, { id: delivery }).catch(() => null);
  await waitFor(
    () => held.hits === 1 && s.repo.checkRuns[0]?.status === "in_progress",
    "the evaluation to wait on GitHub",
  );
  await app.kill();
  const killedAt = Date.now();
  await answer;
  return { killedAt, delivery, payload };
}
