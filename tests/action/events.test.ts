import { describe, expect, it } from "vitest";
import { brokenItem, item, POLICY } from "./support/items.js";
import { mergeGroupEvent, pullRequestReviewEvent, pushEvent } from "./support/payloads.js";
import { annotations, runAction } from "./support/run-action.js";
import { approveAsReviewer, pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();

/**
 * The built Action on each kind of event it handles. What its gate judges for them (changed-only,
 * ids, the merge queue's reviews, push ranges, the workspace's links and folders) is
 * tests/gate/events.test.ts and tests/gate/workspace.test.ts.
 */
describe("the Action's events", () => {
  it("re-judges on pull_request_review with the new approval, on GitHub Enterprise Server's REST and GraphQL paths from GITHUB_API_URL", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull } = pullRequest(repo, base, { "roadmap/feat-2.yaml": item("FEAT-2") });
    approveAsReviewer(repo, pull, "sam", "maintain");

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: pullRequestReviewEvent(repo, pull, "sam"),
      apiUrl: `${gh.url}/api/v3`,
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe("pass");
    // Every request reached a route of the fake under /api/v3 (none fell through), GraphQL too.
    expect(run.requests.every((r) => r.route !== undefined)).toBe(true);
    expect(run.requests.some((r) => r.path === "/graphql")).toBe(true);
  });

  it("judges the merge queue's commit with the reviews of the pull request it carries", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull, head } = pullRequest(repo, base, { "roadmap/feat-2.yaml": item("FEAT-2") });
    approveAsReviewer(repo, pull);
    const queued = repo.commit({ "docs/other-pr.md": "x\n" }, { parent: head });

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: mergeGroupEvent(repo, pull, { baseSha: base, headSha: queued }),
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: "pass", items: "1" });
    expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        `GET /repos/${repo.fullName}/pulls/7`,
        `GET /repos/${repo.fullName}/pulls/7/reviews`,
        `GET /repos/${repo.fullName}/git/trees/${queued}`,
      ]),
    );
  });

  it("judges a push from the workspace and says that sign-offs cannot be verified", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const after = repo.commit({ "roadmap/feat-2.yaml": item("FEAT-2") });

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: pushEvent(repo, { before: base, after }),
      workspace: {
        [POLICY]: "",
        "roadmap/feat-1.yaml": brokenItem("FEAT-1"),
        "roadmap/feat-2.yaml": item("FEAT-2"),
      },
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: "fail", errors: "3", items: "2" });
    expect(annotations(run, "notice")[0]?.message).toBe(
      "Sign-offs cannot be verified on a push event: there is no pull request whose approving reviews could back them, so they are judged as written.",
    );
    expect(run.requests).toEqual([]);
  });

  it("judges the workspace on other events", async () => {
    const gh = fake();
    const { repo } = repository(gh, {});

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: { name: "workflow_dispatch", payload: { inputs: {} } },
      workspace: { "roadmap/feat-2.yaml": item("FEAT-2") },
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: "pass", items: "1" });
  });
});
