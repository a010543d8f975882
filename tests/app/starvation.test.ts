import { describe, expect, it } from "vitest";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp, waitFor } from "./support/harness.js";
import { approvedItemPullRequest } from "./support/scenario.js";

// The real Probot server, with short deadlines: a GitHub request may take 2 s, an evaluation 0.5 s
// (each test ends by one of them; a request's deadline is set after the evaluation's, so the
// evaluation's, shorter, fires first where both run).
const h = useApp({
  env: { ROADMAP_GATE_REQUEST_TIMEOUT_MS: "2000", ROADMAP_GATE_TIMEOUT_SECONDS: "0.5" },
});

describe("a pull request that could starve the App", () => {
  it("fails the check when a GitHub endpoint hangs, before the evaluation's deadline, never left in progress", async () => {
    const s = approvedItemPullRequest(h.gh, "hanging");
    // The policy read happens before the evaluation's own deadline starts: only a request timeout ends it.
    const hang = h.gh.delay({
      path: new RegExp(`^/repos/${s.repo.fullName}/contents/\\.github/roadmap-gate\\.yml$`),
      ms: 600_000,
    });
    try {
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
    } finally {
      h.gh.clearFaults();
    }
    expect(hang.hits).toBeGreaterThan(0);
    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.summary).toContain("could not be reached");
    expect(run!.output.summary).toContain("timeout");
  });
});

describe("a slow evaluation", () => {
  it("fails closed at the deadline instead of leaving the check in progress", async () => {
    // The reviews are held until the check run has failed: the evaluation's deadline ends it,
    // however slow the machine (the request's own 2 s deadline is set after it, and the summary
    // says which one fired; 60 s only guards a hang).
    let release = () => {};
    const failed = new Promise<void>((resolve) => (release = resolve));
    try {
      const s = approvedItemPullRequest(h.gh, "deadline");
      h.gh.delay({
        path: new RegExp(`^/repos/${s.repo.fullName}/pulls/7/reviews$`),
        ms: 60_000,
        until: failed,
      });
      const started = performance.now();
      const settled = deliverAndSettle(
        h,
        s.repo,
        "pull_request",
        pullRequestEvent(s.repo, s.pull),
      ).finally(release);
      settled.catch(() => undefined); // awaited below; a failed wait must not leave it unhandled
      await waitFor(
        () => s.repo.checkRuns[0]?.status === "completed",
        "the check run to complete at the deadline",
        20_000, // within the test's 30 s, so a deadline that never fires is named
      );
      // Wall time is the behaviour here: the deadline must not fire before 0.5 s. A loaded machine
      // only makes it later, and the upper side is the hold above, which nothing but it ends.
      expect(performance.now() - started).toBeGreaterThanOrEqual(500);
      release();
      await settled;
      const [run] = s.repo.checkRuns;
      expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
      expect(run!.output.summary).toContain("did not finish within 0.5 s");
    } finally {
      release();
      h.gh.clearFaults();
    }
  });
});
