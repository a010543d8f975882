import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TAKEOVERS } from "../../../app/leases/delivery-leases.js";
import { RedisLeaseStore } from "../../../app/leases/redis-lease-store.js";
import { startFakeGitHub, type FakeGitHub } from "../../support/fake-github/index.js";
import { redisInstalled, startRedis, type LocalRedis } from "../../support/redis.js";
import { waitFor } from "../support/harness.js";
import { pullRequestEvent } from "../support/payloads.js";
import { startApp, type AppProcess } from "../support/probot-app.js";
import { approvedItemPullRequest } from "../support/scenario.js";
import { killMidEvaluation } from "../support/kill.js";

/** Leases of 2 s (renewed every 0.67 s, looked for every second): production's are 30 s. */
const LEASES = { ROADMAP_GATE_LEASE_SECONDS: "2" };
/** The contract: no check run stays `in_progress`; here, not longer than two minutes. */
const TWO_MINUTES = 120_000;

describe.skipIf(!redisInstalled)("a replica killed mid-evaluation, with Redis", () => {
  const h = {} as { gh: FakeGitHub; redis: LocalRedis; a: AppProcess; b: AppProcess };
  beforeAll(async () => {
    h.gh = await startFakeGitHub();
    h.redis = await startRedis();
    const env = { ...LEASES, REDIS_URL: h.redis.url };
    [h.a, h.b] = await Promise.all([startApp(h.gh, { env }), startApp(h.gh, { env })]);
  });
  afterAll(async () => {
    await Promise.all([h.a?.stop(), h.b?.stop()]);
    await h.redis?.stop();
    await h.gh?.close();
  });

  it("has its check completed by the other replica, which takes the expired lease over", async () => {
    const s = approvedItemPullRequest(h.gh, "killed");
    const { killedAt } = await killMidEvaluation(h.gh, h.a, s);

    await waitFor(
      () => s.repo.checkRuns[0]?.status === "completed",
      "the other replica to complete the check",
      TWO_MINUTES,
    );
    expect(Date.now() - killedAt).toBeLessThan(TWO_MINUTES);
    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
    expect(h.b.output()).toContain(
      "Taking over a webhook whose handler stopped renewing its lease",
    );
  });

  it("fails the check closed, with the reason, once replicas stopped three times on one delivery", async () => {
    const s = approvedItemPullRequest(h.gh, "poison");
    // A lease as the last of the replicas that stopped left it: expired, taken over twice before.
    const store = new RedisLeaseStore(new Redis(h.redis.url));
    const delivery = randomUUID();
    const payload = pullRequestEvent(s.repo, s.pull);
    const lease = { delivery, event: "pull_request", payload, receivedAt: Date.now() };
    await store.acquire(lease, "stopped-replica:1", 0);
    await store.claimExpired("stopped-replica:takeover-", 0, 10);
    await store.claimExpired("stopped-replica:takeover-", 0, 10);
    await store.close();

    await waitFor(() => s.repo.checkRuns[0]?.status === "completed", "the check to fail closed");
    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({ conclusion: "failure", external_id: delivery });
    expect(s.repo.checkRuns[0]!.output.summary).toContain(
      `the App's replicas stopped ${MAX_TAKEOVERS} times while evaluating this commit`,
    );
  });
});

describe("a single replica killed mid-evaluation, without Redis", () => {
  const h = {} as { gh: FakeGitHub; app?: AppProcess };
  beforeAll(async () => {
    h.gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await h.app?.stop();
    await h.gh?.close();
  });

  it("completes, once restarted, the check its previous life left in progress", async () => {
    const s = approvedItemPullRequest(h.gh, "restarted");
    const first = await startApp(h.gh, { env: LEASES });
    const state = { ROADMAP_GATE_STATE_DIR: first.stateDir };
    await killMidEvaluation(h.gh, first, s);
    expect(s.repo.checkRuns[0]).toMatchObject({ status: "in_progress" });

    h.app = await startApp(h.gh, { env: { ...LEASES, ...state } });
    await waitFor(
      () => s.repo.checkRuns[0]?.status === "completed",
      "the restarted replica to complete the check",
      TWO_MINUTES,
    );
    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
  });
});
