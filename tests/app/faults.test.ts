import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { approvedItemPullRequest, requestsFor } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

const h = useApp();

describe("when GitHub fails", () => {
  it("completes the check with failure and the reason after Probot's retries of a 5xx", async () => {
    const s = approvedItemPullRequest(h.gh, "server-error");
    const fault = h.gh.fail({
      method: "GET",
      path: new RegExp(`^/repos/${s.repo.fullName}/pulls/7/files$`),
      status: 502,
    });
    try {
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
    } finally {
      h.gh.clearFaults();
    }

    // One request and three retries (after 1, 4 and 9 units of back-off), then the check fails closed.
    expect(fault.hits).toBe(4);
    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.title).toBe("roadmap-gate could not evaluate this pull request");
    expect(run!.output.summary).toMatch(
      new RegExp(
        `The gate fails closed: GitHub API .*/repos/${s.repo.fullName}/pulls/7/files answered 502`,
      ),
    );
    expect(run!.writes.filter((w) => w.conclusion !== undefined)).toHaveLength(1);
  });

  it("succeeds when a retry of a short 5xx succeeds", async () => {
    const s = approvedItemPullRequest(h.gh, "short-outage");
    h.gh.fail({ method: "POST", path: /^\/graphql$/, status: 503, times: 1 });
    try {
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
    } finally {
      h.gh.clearFaults();
    }
    expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
  });

  it("fails closed when GitHub cannot be reached", async () => {
    const s = approvedItemPullRequest(h.gh, "network");
    h.gh.fail({ path: new RegExp(`^/repos/${s.repo.fullName}/pulls/7/reviews$`), network: true });
    try {
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
    } finally {
      h.gh.clearFaults();
    }
    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.summary).toMatch(/pulls\/7\/reviews/);
  });

  it("still writes and completes the check when looking for a redelivery fails", async () => {
    const s = approvedItemPullRequest(h.gh, "lookup-fails");
    h.gh.fail({
      method: "GET",
      path: new RegExp(`^/repos/${s.repo.fullName}/commits/.*/check-runs$`),
      status: 502,
    });
    try {
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
    } finally {
      h.gh.clearFaults();
    }
    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
  });

  it("writes a bare failure when the result itself is refused", async () => {
    const s = approvedItemPullRequest(h.gh, "result-refused");
    h.gh.fail({ method: "PATCH", path: /\/check-runs\/\d+$/, status: 422, times: 1 });
    try {
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
    } finally {
      h.gh.clearFaults();
    }
    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.title).toBe("roadmap-gate could not write its result");
  });

  it("finishes a run a dead replica left in progress when the webhook is redelivered", async () => {
    const s = approvedItemPullRequest(h.gh, "orphan");
    const delivery = randomUUID();
    s.repo.checkRuns.push({
      id: 990_001,
      name: "roadmap-gate",
      head_sha: s.headSha,
      status: "in_progress",
      conclusion: null,
      external_id: delivery,
      details_url: null,
      started_at: new Date(Date.now() - 3_600_000).toISOString(),
      completed_at: null,
      output: { title: null, summary: null, text: null, annotations: [] },
      actions: [],
      createdBy: { login: "roadmap-gate[bot]", type: "Bot" },
      writes: [],
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull), {
      id: delivery,
    });

    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({
      id: 990_001,
      status: "completed",
      conclusion: "success",
    });
  });

  it("writes no check run when even creating one fails, and reads nothing", async () => {
    const s = approvedItemPullRequest(h.gh, "cannot-create");
    const fault = h.gh.fail({
      method: "POST",
      path: new RegExp(`^/repos/${s.repo.fullName}/check-runs$`),
      status: 500,
    });
    try {
      // Probot answers once its retries have given up: the handler's error makes it a 500.
      const res = await deliver(h.app, "pull_request", pullRequestEvent(s.repo, s.pull));
      expect(res.status).toBe(500);
      expect(fault.hits).toBe(4);
    } finally {
      h.gh.clearFaults();
    }
    expect(s.repo.checkRuns).toEqual([]);
    expect(requestsFor(h.gh, s.repo).filter((r) => r.path.endsWith("/pulls/7/files"))).toEqual([]);
  });
});
