import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import type { FakeGitHub } from "../support/fake-github/index.js";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { useApp } from "./support/harness.js";
import { pullRequestScenario } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

// GitHub's write spacing and back-off, as in production: the one App test file that waits on real
// time (every other runs with test timings: tests/app/support/probot-app.ts).
const h = useApp({ githubTimings: true });

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

describe("throttling with GitHub's timings", () => {
  // Latency figures are measured by `npm run bench` (app).
  it("spaces one installation's writes a second apart, and never delays another installation's", async () => {
    h.gh.addInstallation(2);
    const first = itemsPullRequest("org-one", 1);
    const second = itemsPullRequest("org-two", 1);
    const otherInstallation = (payload: Record<string, unknown>) => ({
      ...payload,
      installation: { id: 2 },
    });
    const seen = arrivals(h.gh);
    const results = await Promise.all([
      deliver(h.app, "pull_request", pullRequestEvent(first.repo, first.pull)),
      deliver(h.app, "pull_request", otherInstallation(pullRequestEvent(second.repo, second.pull))),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(first.repo.checkRuns[0]).toMatchObject({ conclusion: "success" });
    expect(second.repo.checkRuns[0]).toMatchObject({ conclusion: "success" });

    const created = seen.filter((r) => r.method === "POST" && r.url.endsWith("/check-runs"));
    expect(created).toHaveLength(2);
    // One shared lane would space these two writes at least a second apart (its spacing); apart
    // from it, only a busy machine separates them, so the bound sits just below that second.
    expect(Math.abs(created[1]!.at - created[0]!.at)).toBeLessThan(900);
    // Within one installation the run is created, the files queried (GraphQL takes a write
    // slot) and the run completed, each about a second after the one before.
    const ofFirst = (method: string) =>
      seen.find(
        (r) => r.method === method && r.url.includes(`/repos/${first.repo.fullName}/check-runs`),
      )!;
    expect(ofFirst("PATCH").at - ofFirst("POST").at).toBeGreaterThanOrEqual(1_900);
  });
});
