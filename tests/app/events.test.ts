import { describe, expect, it } from "vitest";
import { itemYaml } from "./support/items.js";
import {
  checkRunRerequestedEvent,
  checkSuiteRerequestedEvent,
  commentEvent,
  mergeGroupEvent,
  reviewEvent,
} from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import {
  approvedItemPullRequest,
  POLICY_PATH,
  pullRequestScenario,
  writesFor,
} from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

const h = useApp();

describe("merge queues", () => {
  it("evaluates the queue's own commit for real, with the queued pull request's reviews", async () => {
    const s = approvedItemPullRequest(h.gh, "queue");
    const queued = s.repo.commit(
      { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
      { parent: s.baseSha, message: "Merge pull request #7" },
    );
    const payload = mergeGroupEvent(s.repo, { headSha: queued, baseSha: s.baseSha, pull: 7 });
    await deliverAndSettle(h, s.repo, "merge_group", payload);

    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({ head_sha: queued, conclusion: "success" });
  });

  it("reads the policy at the base branch's current head, not the queue's base commit", async () => {
    const s = approvedItemPullRequest(h.gh, "queue-policy");
    const queued = s.repo.commit(
      { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
      { parent: s.baseSha, message: "Merge pull request #7" },
    );
    // main moved on with a stricter policy after the queue's base commit.
    s.repo.commit({ [POLICY_PATH]: "sign_off:\n  min_approvals: 2\n" }, { message: "Stricter" });
    const payload = mergeGroupEvent(s.repo, { headSha: queued, baseSha: s.baseSha, pull: 7 });
    await deliverAndSettle(h, s.repo, "merge_group", payload);

    expect(s.repo.checkRuns[0]).toMatchObject({ head_sha: queued, conclusion: "failure" });
    expect(s.repo.checkRuns[0]!.output.annotations).toEqual([
      expect.objectContaining({
        path: "roadmap/feat-1.yaml",
        title: "signoff-approvals",
        message: expect.stringContaining("it needs 2") as string,
      }),
    ]);
  });

  it("fails a queue commit whose item differs from what the reviewer approved", async () => {
    const s = approvedItemPullRequest(h.gh, "queue-changed");
    const queued = s.repo.commit(
      {
        "roadmap/feat-1.yaml": itemYaml({
          id: "FEAT-1",
          title: "Changed in the queue",
          signOffs: ["@sam"],
        }),
      },
      { parent: s.baseSha },
    );
    const payload = mergeGroupEvent(s.repo, { headSha: queued, baseSha: s.baseSha, pull: 7 });
    await deliverAndSettle(h, s.repo, "merge_group", payload);

    expect(s.repo.checkRuns[0]).toMatchObject({ head_sha: queued, conclusion: "failure" });
    expect(s.repo.checkRuns[0]!.output.annotations.map((a) => a.title)).toContain(
      "signoff-unverified",
    );
  });

  it("trusts a re-run's queue branch only for a real queue commit of that pull request", async () => {
    const s = approvedItemPullRequest(h.gh, "rerun-real-queue");
    const queued = s.repo.commit(
      { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
      { parent: s.baseSha, message: "Merge pull request #7" },
    );
    const branch = `gh-readonly-queue/main/pr-7-${s.baseSha}`;
    s.repo.setBranch(branch, queued);
    s.pull.mergeQueueHeadSha = queued;
    const payload = checkSuiteRerequestedEvent(s.repo, {
      headSha: queued,
      headBranch: branch,
      pulls: [],
    });
    await deliverAndSettle(h, s.repo, "check_suite", payload);

    expect(s.repo.checkRuns[0]).toMatchObject({ head_sha: queued, conclusion: "success" });
  });

  it.each([
    ["a branch that only looks like a queue branch", false],
    ["a queue branch while the pull request's queue entry is another commit", true],
  ])("does not lend a pull request's reviews to a re-run on %s", async (_, inQueue) => {
    const s = approvedItemPullRequest(h.gh, "rerun-fake-queue");
    // Someone pushes the approved head plus an unreviewed item, under a queue-like name.
    const forged = s.repo.commit(
      { "roadmap/feat-9.yaml": itemYaml({ id: "FEAT-9", signOffs: ["@sam"] }) },
      { parent: s.headSha },
    );
    const branch = `gh-readonly-queue/main/pr-7-${s.baseSha}`;
    s.repo.setBranch(branch, forged);
    if (inQueue) {
      s.pull.mergeQueueHeadSha = s.repo.commit(
        { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
        { parent: s.baseSha },
      );
    }
    const payload = checkSuiteRerequestedEvent(s.repo, {
      headSha: forged,
      headBranch: branch,
      pulls: [],
    });
    await deliverAndSettle(h, s.repo, "check_suite", payload);

    expect(s.repo.checkRuns[0]).toMatchObject({ head_sha: forged, conclusion: "failure" });
    expect(s.repo.checkRuns[0]!.output.summary).toContain(
      `nor the merge queue's commit for #\u200d7 (its branch ${branch} is not a live queue entry of this commit)`,
    );
  });

  it("fails closed on a queue ref that names no pull request", async () => {
    const s = approvedItemPullRequest(h.gh, "queue-bad-ref");
    const payload = mergeGroupEvent(s.repo, { headSha: s.headSha, baseSha: s.baseSha, pull: 7 });
    (payload.merge_group as { head_ref: string }).head_ref =
      "refs/heads/gh-readonly-queue/main/odd";
    await deliverAndSettle(h, s.repo, "merge_group", payload);

    expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(s.repo.checkRuns[0]!.output.summary).toContain("names no pull request");
  });
});

describe("evaluating again", () => {
  it("re-runs on a review: the approval that arrives turns the check green", async () => {
    const s = pullRequestScenario(h.gh, "review", {
      head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
    });
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    const payload = reviewEvent(s.repo, s.pull, {
      login: "sam",
      state: "APPROVED",
      commitId: s.headSha,
    });
    await deliverAndSettle(h, s.repo, "pull_request_review", payload);

    expect(s.repo.checkRuns[0]).toMatchObject({ head_sha: s.headSha, conclusion: "success" });
  });

  it("re-runs on GitHub's re-run of the check suite", async () => {
    const s = approvedItemPullRequest(h.gh, "suite-rerun");
    const payload = checkSuiteRerequestedEvent(s.repo, {
      headSha: s.headSha,
      headBranch: "feature",
      pulls: [7],
    });
    await deliverAndSettle(h, s.repo, "check_suite", payload);

    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({ head_sha: s.headSha, conclusion: "success" });
  });

  it("re-runs on GitHub's re-run of the roadmap-gate check run, and ignores other checks", async () => {
    const s = approvedItemPullRequest(h.gh, "run-rerun");
    const other = checkRunRerequestedEvent(s.repo, {
      name: "lint",
      headSha: s.headSha,
      headBranch: "feature",
      pulls: [7],
    });
    expect((await deliver(h.app, "check_run", other)).status).toBe(200);
    expect(s.repo.checkRuns).toEqual([]);

    const ours = checkRunRerequestedEvent(s.repo, {
      name: "roadmap-gate",
      headSha: s.headSha,
      headBranch: "feature",
      pulls: [7],
    });
    await deliverAndSettle(h, s.repo, "check_run", ours);
    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({ conclusion: "success" });
  });

  it("fails closed on a re-run for a commit with no pull request", async () => {
    const s = approvedItemPullRequest(h.gh, "rerun-no-pr");
    const loose = s.repo.commit({ "notes.md": "x\n" }, { parent: s.headSha, branch: "x" });
    const payload = checkSuiteRerequestedEvent(s.repo, {
      headSha: loose,
      headBranch: "x",
      pulls: [],
    });
    await deliverAndSettle(h, s.repo, "check_suite", payload);

    expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(s.repo.checkRuns[0]!.output.summary).toContain(
      `commit ${loose} is not the head of an open pull request`,
    );
  });

  it("judges a re-run on the commit it is on, not with the pull request the payload names", async () => {
    const s = approvedItemPullRequest(h.gh, "rerun-old-commit");
    // An older commit of the branch carried an unreviewed item; the pull request moved on.
    const old = s.repo.commit(
      { "roadmap/feat-9.yaml": itemYaml({ id: "FEAT-9", signOffs: ["@sam"] }) },
      { parent: s.baseSha },
    );
    const payload = checkSuiteRerequestedEvent(s.repo, {
      headSha: old,
      headBranch: "feature",
      pulls: [7],
    });
    await deliverAndSettle(h, s.repo, "check_suite", payload);

    expect(s.repo.checkRuns[0]).toMatchObject({ head_sha: old, conclusion: "failure" });
  });

  it("re-runs on `/roadmap-gate recheck` by someone with write access", async () => {
    const s = approvedItemPullRequest(h.gh, "recheck-write");
    s.repo.setPermission("mia", "write");
    const payload = commentEvent(s.repo, {
      issue: 7,
      onPullRequest: true,
      body: "Reviewed again.\n/roadmap-gate recheck\n",
      login: "mia",
    });
    await deliverAndSettle(h, s.repo, "issue_comment", payload);

    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({ head_sha: s.headSha, conclusion: "success" });
  });

  it("ignores `/roadmap-gate recheck` by someone with read access, a bot, or on an issue", async () => {
    const s = approvedItemPullRequest(h.gh, "recheck-read");
    s.repo.setPermission("rex", "read");
    const cases = [
      commentEvent(s.repo, {
        issue: 7,
        onPullRequest: true,
        body: "/roadmap-gate recheck",
        login: "rex",
      }),
      commentEvent(s.repo, {
        issue: 7,
        onPullRequest: true,
        body: "/roadmap-gate recheck",
        login: "nobody",
      }),
      commentEvent(s.repo, {
        issue: 7,
        onPullRequest: true,
        body: "/roadmap-gate recheck",
        login: "ci[bot]",
      }),
      commentEvent(s.repo, {
        issue: 7,
        onPullRequest: true,
        body: "please /roadmap-gate recheck",
        login: "sam",
      }),
      commentEvent(s.repo, {
        issue: 8,
        onPullRequest: false,
        body: "/roadmap-gate recheck",
        login: "sam",
      }),
    ];
    for (const payload of cases)
      expect((await deliver(h.app, "issue_comment", payload)).status).toBe(200);

    expect(s.repo.checkRuns).toEqual([]);
    expect(writesFor(h.gh, s.repo)).toEqual([]);
  });
});
