import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { FakeGitHub } from "../support/fake-github/index.js";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { pullRequestScenario, requestsFor } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

const h = useApp();

/** A pull request adding `count` gate-ready items, each signed off by @sam, who approved the head. */
function itemsPullRequest(name: string, count: number) {
  const files = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `roadmap/feat-${i + 1}.yaml`,
      itemYaml({ id: `FEAT-${i + 1}`, signOffs: ["@sam"] }),
    ]),
  );
  const s = pullRequestScenario(h.gh, name, { head: files });
  s.repo.setPermission("sam", "write");
  s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
  return s;
}

/** When each request reached the fake, by method and path, for latency from the webhook. */
function arrivals(gh: FakeGitHub): { method: string; url: string; at: number }[] {
  const seen: { method: string; url: string; at: number }[] = [];
  const handle = gh.handle.bind(gh);
  gh.handle = (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ method: req.method ?? "", url: req.url ?? "", at: performance.now() });
    return handle(req, res);
  };
  return seen;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe("load", () => {
  it("makes the same number of API calls for 1 and for 100 changed item files", async () => {
    const one = itemsPullRequest("one-item", 1);
    const hundred = itemsPullRequest("hundred-items", 100);
    // Warm up: the installation token is fetched once per process, not per evaluation.
    await deliverAndSettle(h, one.repo, "pull_request", pullRequestEvent(one.repo, one.pull));
    const warm = requestsFor(h.gh, one.repo).length;

    await deliverAndSettle(h, one.repo, "pull_request", pullRequestEvent(one.repo, one.pull));
    await deliverAndSettle(
      h,
      hundred.repo,
      "pull_request",
      pullRequestEvent(hundred.repo, hundred.pull),
    );

    const calls = {
      one: requestsFor(h.gh, one.repo).slice(warm),
      hundred: requestsFor(h.gh, hundred.repo),
    };
    const shape = (list: typeof calls.one) =>
      list.map((r) => `${r.method} ${r.route ?? r.path}`).join("\n");
    console.log(
      `API calls per evaluation: 1 item file → ${calls.one.length}, 100 item files → ${calls.hundred.length}\n${shape(calls.hundred)}`,
    );
    expect(hundred.repo.checkRuns[0]).toMatchObject({ conclusion: "success" });
    expect(calls.hundred.length).toBe(calls.one.length);
    expect(shape(calls.hundred)).toBe(shape(calls.one));
  });

  it("writes the in-progress check within 200 ms of a webhook (p95), and measures completion", async () => {
    const s = itemsPullRequest("latency", 1);
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
    const seen = arrivals(h.gh);
    const started: number[] = [];
    const completed: number[] = [];
    for (let i = 0; i < 10; i++) {
      // A webhook after a quiet second: back to back, the throttle's 1 s write spacing would show.
      await sleep(1_100);
      seen.length = 0;
      const sent = performance.now();
      const result = await deliver(h.app, "pull_request", pullRequestEvent(s.repo, s.pull));
      expect(result.status).toBe(200);
      const create = seen.find((r) => r.method === "POST" && r.url.endsWith("/check-runs"));
      const complete = seen.find((r) => r.method === "PATCH" && r.url.includes("/check-runs/"));
      started.push(create!.at - sent);
      completed.push(complete!.at - sent);
    }
    const ms = (n: number) => `${Math.round(n)} ms`;
    console.log(
      `webhook → in_progress check: p50 ${ms(percentile(started, 50))}, p95 ${ms(percentile(started, 95))}; ` +
        `webhook → completed check: p50 ${ms(percentile(completed, 50))}, p95 ${ms(percentile(completed, 95))}`,
    );
    expect(percentile(started, 95)).toBeLessThan(200);
    // Probot's throttling spaces writes and GraphQL queries of one installation about 1 s apart.
    expect(percentile(completed, 95)).toBeLessThan(6_000);
  }, 120_000);
});

describe("throttling", () => {
  it("spaces writes per installation, so one organisation's checks never wait for another's", async () => {
    h.gh.addInstallation(2);
    const first = itemsPullRequest("org-one", 1);
    const second = itemsPullRequest("org-two", 1);
    // Warm both installations (tokens, write lanes), then let the lanes go quiet.
    const otherInstallation = (payload: Record<string, unknown>) => ({
      ...payload,
      installation: { id: 2 },
    });
    await deliverAndSettle(h, first.repo, "pull_request", pullRequestEvent(first.repo, first.pull));
    await deliverAndSettle(
      h,
      second.repo,
      "pull_request",
      otherInstallation(pullRequestEvent(second.repo, second.pull)),
    );
    await sleep(1_100);
    const seen = arrivals(h.gh);
    await Promise.all([
      deliver(h.app, "pull_request", pullRequestEvent(first.repo, first.pull)),
      deliver(h.app, "pull_request", otherInstallation(pullRequestEvent(second.repo, second.pull))),
    ]);
    await waitForChecks(
      () => first.repo.checkRuns.length === 2 && second.repo.checkRuns.length === 2,
    );
    const created = seen.filter((r) => r.method === "POST" && r.url.endsWith("/check-runs"));
    expect(created).toHaveLength(2);
    // One shared lane would space these two writes about a second apart.
    expect(Math.abs(created[1]!.at - created[0]!.at)).toBeLessThan(500);
  });
});

async function waitForChecks(done: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await sleep(100);
  expect(done()).toBe(true);
}
