import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../../support/fake-github/index.js";
import { waitFor } from "../support/harness.js";
import { killMidEvaluation } from "../support/kill.js";
import { pullRequestEvent } from "../support/payloads.js";
import { startApp, WEBHOOK_SECRET, type AppProcess } from "../support/probot-app.js";
import { approvedItemPullRequest } from "../support/scenario.js";

const HOUR = 3_600_000;
const h = {} as { gh: FakeGitHub; app?: AppProcess };

describe("a single replica restarted without its leases (no Redis)", () => {
  beforeAll(async () => {
    h.gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await h.app?.stop();
    await h.gh?.close();
  });

  it(
    "asks GitHub, with the App's JWT, to redeliver the webhooks that failed in the last hour",
    {
      timeout: 90_000,
    },
    async () => {
      const s = approvedItemPullRequest(h.gh, "redeliver");
      const first = await startApp(h.gh);
      // It dies with the webhook's request open: GitHub logs the delivery as failed.
      const killed = await killMidEvaluation(h.gh, first, s);
      const failed = h.gh.addHookDelivery({
        guid: killed.delivery,
        event: "pull_request",
        payload: killed.payload,
        statusCode: 0,
      });
      // Failed, but older than an hour; and failed once, then answered when redelivered by hand.
      const other = approvedItemPullRequest(h.gh, "not-again");
      const otherPayload = pullRequestEvent(other.repo, other.pull);
      const old = h.gh.addHookDelivery({
        guid: randomUUID(),
        event: "pull_request",
        payload: otherPayload,
        statusCode: 502,
        deliveredAt: new Date(Date.now() - 2 * HOUR),
      });
      const answeredGuid = randomUUID();
      const answeredLater = h.gh.addHookDelivery({
        guid: answeredGuid,
        event: "pull_request",
        payload: otherPayload,
        statusCode: 503,
      });
      h.gh.addHookDelivery({
        guid: answeredGuid,
        event: "pull_request",
        payload: otherPayload,
        statusCode: 200,
        redelivery: true,
      });

      // A new container: the previous life's leases are gone with its filesystem.
      h.app = await startApp(h.gh, { env: { ROADMAP_GATE_REDELIVER_FAILED: "true" } });
      expect(h.app.stateDir).not.toBe(first.stateDir);
      h.gh.hookTarget = { url: `${h.app.url}/api/github/webhooks`, secret: WEBHOOK_SECRET };

      await waitFor(
        () => s.repo.checkRuns[0]?.status === "completed",
        "the redelivered webhook to complete the check",
      );
      expect(s.repo.checkRuns).toHaveLength(1);
      expect(s.repo.checkRuns[0]).toMatchObject({
        conclusion: "success",
        external_id: killed.delivery,
      });
      const attempts = h.gh.requestsTo("POST", /^\/app\/hook\/deliveries\/\d+\/attempts$/);
      expect(attempts.map((r) => r.path)).toEqual([`/app/hook/deliveries/${failed.id}/attempts`]);
      expect(attempts.map((r) => r.path)).not.toContain(`/app/hook/deliveries/${old.id}/attempts`);
      expect(attempts.map((r) => r.path)).not.toContain(
        `/app/hook/deliveries/${answeredLater.id}/attempts`,
      );
      const listed = h.gh.requestsTo("GET", /^\/app\/hook\/deliveries$/);
      for (const request of [...listed, ...attempts])
        expect(request.headers.authorization).toMatch(/^bearer [\w-]+\.[\w-]+\.[\w-]+$/i);
      // GitHub logs the redelivery once the app has answered it.
      await waitFor(() => h.gh.hookDeliveries.length === 5, "the redelivery to be answered");
      expect(h.gh.hookDeliveries.at(-1)).toMatchObject({
        guid: killed.delivery,
        redelivery: true,
        status_code: 200,
      });
      expect(other.repo.checkRuns).toEqual([]);
    },
  );
});
