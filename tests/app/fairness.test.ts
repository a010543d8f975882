import { describe, expect, it } from "vitest";
import type { LoggedRequest } from "../support/fake-github/index.js";
import { pullRequestEvent } from "./support/payloads.js";
import { useApp, waitFor } from "./support/harness.js";
import { approvedItemPullRequest, type PullRequestScenario } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

// The real Probot server with one evaluation thread, so installations queue for it: one
// installation floods it with pull requests, another sends one.
const h = useApp({ env: { ROADMAP_GATE_MAX_THREADS: "1" } });

const FLOODED = 6;
/** The first thing an evaluation asks GitHub from its thread: when it got the thread. */
const THREAD_START = /^\/repos\/octo-org\/(flood|other)-[^/]+\/pulls\/7\/files$/;

function asInstallation(s: PullRequestScenario, id: number) {
  return { ...pullRequestEvent(s.repo, s.pull), installation: { id, node_id: `I_${id}` } };
}

describe("installations sharing the App's evaluation threads", () => {
  it("judge another installation's pull request after at most one more of a flood, and fold a flooded pull request's repeats", async () => {
    const flood = Array.from({ length: FLOODED }, (_, i) =>
      approvedItemPullRequest(h.gh, `flood-${i}`),
    );
    const other = approvedItemPullRequest(h.gh, "other");
    for (const id of [101, 202]) h.gh.addInstallation(id);
    // Each flooded evaluation holds the only thread a while, so the flood is still queued when
    // the other installation's event comes.
    h.gh.delay({
      method: "GET",
      path: /^\/repos\/octo-org\/flood-[^/]+\/pulls\/7\/files$/,
      ms: 200,
    });
    try {
      const log = h.gh.requests;
      // The first pull request's event four more times: they fold into one more evaluation.
      const floodAnswers = [...flood, ...Array<PullRequestScenario>(4).fill(flood[0]!)].map((s) =>
        deliver(h.app, "pull_request", asInstallation(s, 101)),
      );
      await waitFor(
        () => flood.every((s) => s.repo.checkRuns.length > 0),
        "every flooded pull request's check run",
        10_000,
      );
      const otherSent = log.length;
      const otherAnswer = await deliver(h.app, "pull_request", asInstallation(other, 202));
      const answers = [otherAnswer, ...(await Promise.all(floodAnswers))];
      await waitFor(
        () => flood.every((s) => s.repo.checkRuns.every((r) => r.status === "completed")),
        "the flood to be judged",
        10_000,
      );

      // Probot answers 202 when a handler outlasts 9 s (the flood's last ones, on a loaded machine).
      expect(answers.every((a) => a.status === 200 || a.status === 202)).toBe(true);
      expect(other.repo.checkRuns).toMatchObject([{ status: "completed", conclusion: "success" }]);
      for (const s of flood)
        expect(s.repo.checkRuns.every((r) => r.conclusion === "success")).toBe(true);
      expect(flood[0]!.repo.checkRuns).toHaveLength(2);

      // The other's last request before it queues for the thread (its policy), and its first
      // from the thread.
      const otherQueued = log.findIndex(
        (r) => r.method === "GET" && r.path.startsWith(`/repos/${other.repo.fullName}/contents/`),
      );
      const otherStarted = log.findIndex((r) => isThreadStart(r, "other"));
      expect(otherSent).toBeLessThan(otherQueued);
      expect(otherQueued).toBeLessThan(otherStarted);
      const started = (from: number, to: number) =>
        log.slice(from, to).filter((r) => isThreadStart(r, "flood")).length;
      // Turns go round the installations: while the other waited, the flood had the thread at most
      // twice (the evaluation holding it, and the flood's one turn before the other's).
      expect(started(otherQueued, otherStarted)).toBeLessThanOrEqual(2);
      // The rest of the flood, queued before the other, waited behind it; in the order of
      // arrival the other would have waited for every one of them.
      expect(started(otherStarted, log.length)).toBeGreaterThanOrEqual(FLOODED + 1 - 3);
      expect(started(0, log.length)).toBe(FLOODED + 1);
    } finally {
      h.gh.clearFaults();
    }
  });
});

function isThreadStart(r: LoggedRequest, who: "flood" | "other"): boolean {
  const match = THREAD_START.exec(r.path);
  return r.method === "GET" && match?.[1] === who;
}
