import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../../support/fake-github/index.js";
import { redisInstalled, startRedis, type LocalRedis } from "../../support/redis.js";
import { arrivals, isSpacedWrite, smallestGap } from "../support/arrivals.js";
import { waitFor } from "../support/harness.js";
import { pullRequestEvent } from "../support/payloads.js";
import { startApp, type RunningApp } from "../support/probot-app.js";
import { approvedItemPullRequest } from "../support/scenario.js";
import { deliver } from "../support/webhooks.js";

/** Spacing wide enough to tell two replicas that share lanes from two that do not; short enough to be quick. */
const SPACING_MS = 400;

/** Loopback's jitter between sending a write and the fake GitHub reading it. */
const JITTER_MS = 20;
/** One replica's event loop blocked in bursts, as on a loaded machine (lagging-loop.mjs). */
const LAGGING = `--import ${pathToFileURL(join(import.meta.dirname, "../support/lagging-loop.mjs")).href}`;

const h = {} as { gh: FakeGitHub; redis: LocalRedis; replicas: RunningApp[] };

describe.skipIf(!redisInstalled)("two replicas sharing Redis (REDIS_URL)", () => {
  beforeAll(async () => {
    h.gh = await startFakeGitHub();
    h.redis = await startRedis();
    const env = {
      REDIS_URL: h.redis.url,
      ROADMAP_GATE_WRITE_SPACING_MS: String(SPACING_MS),
      ROADMAP_GATE_RETRY_BASE_MS: "5",
    };
    h.replicas = await Promise.all([
      startApp(h.gh, { env: { ...env, NODE_OPTIONS: LAGGING } }),
      startApp(h.gh, { env }),
    ]);
  });
  afterAll(async () => {
    await Promise.all((h.replicas ?? []).map((app) => app.stop()));
    await h.redis?.stop();
    await h.gh?.close();
  });

  it("spaces one installation's writes across both replicas and completes every check", async () => {
    const pulls = Array.from({ length: 4 }, (_, i) =>
      approvedItemPullRequest(h.gh, `replica-${i}`),
    );
    const seen = arrivals(h.gh);
    // One installation's pull requests, sent at once, alternately to each replica.
    const answers = await Promise.all(
      pulls.map((s, i) =>
        deliver(h.replicas[i % 2]!, "pull_request", pullRequestEvent(s.repo, s.pull)),
      ),
    );
    await waitFor(
      () => pulls.every((s) => s.repo.checkRuns[0]?.status === "completed"),
      "every check run to complete",
    );

    expect(answers.map((a) => a.status).every((status) => status < 300)).toBe(true);
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(10_000);
    for (const s of pulls) {
      expect(s.repo.checkRuns).toHaveLength(1);
      expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
    }
    const writes = seen.filter(isSpacedWrite);
    // Create, two queries (sizes, then contents) and complete for each pull request: 16 writes in
    // one lane shared through Redis.
    expect(writes).toHaveLength(16);
    // Bottleneck grants them SPACING_MS apart, but the lagging replica sends a granted write up to
    // its loop's block late, close to the other replica's next one (89–313 ms apart without
    // app/send-slots.ts); a send slot started as each write leaves keeps their arrivals apart.
    // Lanes of their own would let the replicas' first writes arrive a few ms apart.
    expect(smallestGap(writes)).toBeGreaterThanOrEqual(SPACING_MS - JITTER_MS);
  });

  // Redis 7 prefixes "ERR " to the bare errors Bottleneck's scripts raise, and Bottleneck 2.19.5
  // compares them exactly: without app/bottleneck-redis7.ts, a limiter Redis forgot (a heartbeat
  // 10 s late under load drops its client; 2 idle minutes expire its settings) failed every
  // request of its installation with `ERR UNKNOWN_CLIENT` instead of registering again.
  it("keeps throttling when Redis forgets the replicas' limiters", async () => {
    const redis = new Redis(h.redis.url);
    try {
      const keys = [
        ...(await redis.keys("b_*_client_last_seen")),
        ...(await redis.keys("b_*_settings")),
      ];
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    const pulls = [0, 1].map((i) => approvedItemPullRequest(h.gh, `forgotten-${i}`));
    const answers = await Promise.all(
      pulls.map((s, i) =>
        deliver(h.replicas[i]!, "pull_request", pullRequestEvent(s.repo, s.pull)),
      ),
    );
    await waitFor(
      () => pulls.every((s) => s.repo.checkRuns[0]?.status === "completed"),
      "every check run to complete",
    );
    expect(answers.map((a) => a.status).every((status) => status < 300)).toBe(true);
    for (const s of pulls)
      expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
    const logs = h.replicas.map((app) => app.output()).join("\n");
    expect(logs).not.toMatch(/UNKNOWN_CLIENT|SETTINGS_KEY_NOT_FOUND/);
  });
});
