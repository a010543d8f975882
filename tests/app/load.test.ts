import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import type { FakeGitHub } from "../support/fake-github/index.js";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { pullRequestScenario, requestsFor } from "./support/scenario.js";
import { startApp } from "./support/probot-app.js";
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
});

describe("throttling with GitHub's timings", () => {
  // The one test that waits on real time: every other App test runs with test timings
  // (tests/app/support/probot-app.ts). Latency figures are measured by `npm run bench` (app).
  it("spaces one installation's writes a second apart, and never delays another installation's", async () => {
    const app = await startApp(h.gh, { githubTimings: true });
    try {
      h.gh.addInstallation(2);
      const first = itemsPullRequest("org-one", 1);
      const second = itemsPullRequest("org-two", 1);
      const otherInstallation = (payload: Record<string, unknown>) => ({
        ...payload,
        installation: { id: 2 },
      });
      const seen = arrivals(h.gh);
      const results = await Promise.all([
        deliver(app, "pull_request", pullRequestEvent(first.repo, first.pull)),
        deliver(app, "pull_request", otherInstallation(pullRequestEvent(second.repo, second.pull))),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect(first.repo.checkRuns[0]).toMatchObject({ conclusion: "success" });
      expect(second.repo.checkRuns[0]).toMatchObject({ conclusion: "success" });

      const created = seen.filter((r) => r.method === "POST" && r.url.endsWith("/check-runs"));
      expect(created).toHaveLength(2);
      // One shared lane would space these two writes about a second apart.
      expect(Math.abs(created[1]!.at - created[0]!.at)).toBeLessThan(500);
      // Within one installation the run is created, the files queried (GraphQL takes a write
      // slot) and the run completed, each about a second after the one before.
      const ofFirst = (method: string) =>
        seen.find(
          (r) => r.method === method && r.url.includes(`/repos/${first.repo.fullName}/check-runs`),
        )!;
      expect(ofFirst("PATCH").at - ofFirst("POST").at).toBeGreaterThanOrEqual(1_900);
    } finally {
      await app.stop();
    }
  });
});
