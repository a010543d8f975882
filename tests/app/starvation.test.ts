import { describe, expect, it } from "vitest";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { approvedItemPullRequest } from "./support/scenario.js";

// The real Probot server, with GitHub requests that may take 1 s each.
const h = useApp({ env: { ROADMAP_GATE_REQUEST_TIMEOUT_MS: "1000" } });

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
