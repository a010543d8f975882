import { describe, expect, it } from "vitest";
import { issuesEvent, pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { approvedItemPullRequest, freshRepo, pullRequestScenario } from "./support/scenario.js";
import { itemYaml } from "./support/items.js";

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

describe("files a pull request adds", () => {
  const MB = 1_000_000;

  it("never downloads 20 files of 95 MB: each is file-too-large from the size GitHub declares", async () => {
    const huge = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [
        `roadmap/huge-${i}.yaml`,
        { declaredSize: 95 * MB, pattern: "# filler\n" },
      ]),
    );
    const s = pullRequestScenario(h.gh, "huge-files", {
      head: { ...huge, "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1" }) },
    });
    const before = h.gh.bytesSent;
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
    const sent = h.gh.bytesSent - before;

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    const tooLarge = run!.output.annotations.filter((a) => a.title === "file-too-large");
    expect(tooLarge.map((a) => a.path).sort()).toEqual(Object.keys(huge).sort());
    expect(tooLarge[0]!.message).toContain("The file is 95000000 bytes; the limit is 1048576");
    // Nothing of them was sent: GitHub's answers for the whole evaluation stay small.
    expect(sent).toBeLessThan(200_000);
  });

  it("fails closed, reading nothing, when the files within the limit add up to more than 64 MiB", async () => {
    const many = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [
        `roadmap/big-${i}.yaml`,
        { declaredSize: 1_000_000, pattern: "# filler\n" },
      ]),
    );
    const s = pullRequestScenario(h.gh, "many-files", { head: many });
    const before = h.gh.bytesSent;
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.summary).toContain("more than the 64 MiB one evaluation may read");
    expect(h.gh.bytesSent - before).toBeLessThan(200_000);
  });
});

describe("the roadmap an issue checklist is built from", () => {
  const MB = 1_000_000;
  const MARKER = "<!-- roadmap-gate:checklist -->";
  const declared = (count: number, bytes: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `roadmap/big-${i}.yaml`,
        { declaredSize: bytes, pattern: "# filler\n" },
      ]),
    );

  it("never downloads 20 files of 95 MB, and still writes the checklist of the item that names the issue", async () => {
    const repo = freshRepo(h.gh, "huge-roadmap");
    repo.commit({
      ...declared(20, 95 * MB),
      "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 12 }),
    });
    const issue = repo.addIssue({ number: 12, title: "Bulk export" });
    const before = h.gh.bytesSent;

    await deliverAndSettle(h, repo, "issues", issuesEvent(repo, issue, "opened"), {
      writes: "no check run",
    });

    const [comment] = repo.comments(12).filter((c) => c.body.includes(MARKER));
    expect(comment!.body).toContain("FEAT-1 · Item FEAT-1");
    expect(h.gh.bytesSent - before).toBeLessThan(200_000);
  });

  it("reads nothing and writes no checklist when the item files add up to more than 64 MiB", async () => {
    const repo = freshRepo(h.gh, "heavy-roadmap");
    repo.commit({
      ...declared(80, MB),
      "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 12 }),
    });
    const issue = repo.addIssue({ number: 12, title: "Bulk export" });
    const before = h.gh.bytesSent;

    await deliverAndSettle(h, repo, "issues", issuesEvent(repo, issue, "opened"), {
      writes: "no check run",
    });

    expect(repo.comments(12)).toEqual([]);
    expect(h.app.output()).toContain("more than the 64 MiB one evaluation may read from GitHub");
    expect(h.gh.bytesSent - before).toBeLessThan(200_000);
  });
});
