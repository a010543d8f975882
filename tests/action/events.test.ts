import { describe, expect, it } from "vitest";
import { brokenItem, item, POLICY, positionOf } from "./support/items.js";
import {
  mergeGroupEvent,
  pullRequestEvent,
  pullRequestReviewEvent,
  pushEvent,
} from "./support/payloads.js";
import { annotations, runAction, writes } from "./support/run-action.js";
import { approveAsReviewer, pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();
const ZEROS = "0".repeat(40);

describe("the Action's events", () => {
  it("judges only the items a pull request changes with changed-only, ids still against all", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, {
      [POLICY]: "",
      "roadmap/feat-1.yaml": brokenItem("FEAT-1"),
    });
    const { pull } = pullRequest(repo, base, {
      "roadmap/feat-2.yaml": item("FEAT-2"),
      "roadmap/feat-3.yaml": item("FEAT-1", { title: "Same id" }),
    });
    approveAsReviewer(repo, pull);

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: pullRequestEvent(repo, pull),
      inputs: { "changed-only": "true" },
    });

    expect(run.outputs).toMatchObject({ result: "fail", errors: "1", items: "2" });
    expect(annotations(run, "error")[0]).toMatchObject({
      properties: { file: "roadmap/feat-3.yaml", title: "id-duplicate" },
      message: expect.stringContaining("Item id FEAT-1 is also used by roadmap/feat-1.yaml"),
    });
  });

  it("fails a pull request whose new item reuses the id of an item sorting after it, with changed-only", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, {
      [POLICY]: "",
      "roadmap/z-old.yaml": item("DUP-1", { title: "Old" }),
    });
    const added = item("DUP-1", { title: "New" });
    const { pull } = pullRequest(repo, base, { "roadmap/a-new.yaml": added });
    approveAsReviewer(repo, pull);

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: pullRequestEvent(repo, pull),
      inputs: { "changed-only": "true" },
    });

    expect(run.outputs).toMatchObject({ result: "fail", errors: "1", items: "1" });
    expect(annotations(run, "error").filter((a) => a.properties.file)).toEqual([
      {
        command: "error",
        properties: {
          file: "roadmap/a-new.yaml",
          ...positionOf(added, "DUP-1"),
          title: "id-duplicate",
        },
        message: expect.stringContaining(
          "Item id DUP-1 is also used by roadmap/z-old.yaml",
        ) as string,
      },
    ]);
  });

  it("re-judges on pull_request_review with the new approval", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull } = pullRequest(repo, base, { "roadmap/feat-2.yaml": item("FEAT-2") });
    approveAsReviewer(repo, pull, "sam", "maintain");

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: pullRequestReviewEvent(repo, pull, "sam"),
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe("pass");
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

  it("fails the merge queue's commit when the item lost its approval", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull } = pullRequest(repo, base, { "roadmap/feat-2.yaml": item("FEAT-2") });
    repo.setPermission("sam", "write");

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: mergeGroupEvent(repo, pull, { baseSha: base, headSha: pull.headSha }),
    });

    expect(run.exitCode).toBe(1);
    expect(annotations(run, "error").map((a) => a.properties.title)).toContain(
      "signoff-unverified",
    );
  });

  it("reaches GitHub Enterprise Server's REST and GraphQL paths from GITHUB_API_URL", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull } = pullRequest(repo, base, { "roadmap/feat-2.yaml": item("FEAT-2") });
    approveAsReviewer(repo, pull);

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: pullRequestEvent(repo, pull),
      apiUrl: `${gh.url}/api/v3`,
    });

    expect(run.exitCode).toBe(0);
    expect(run.requests.every((r) => r.route !== undefined)).toBe(true);
    expect(run.requests.some((r) => r.path === "/graphql")).toBe(true);
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

  it("judges only the items a push changed with changed-only (compare API)", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, {
      [POLICY]: "",
      "roadmap/feat-1.yaml": brokenItem("FEAT-1"),
    });
    const after = repo.commit({ "roadmap/feat-2.yaml": item("FEAT-2") });
    const workspace = {
      [POLICY]: "",
      "roadmap/feat-1.yaml": brokenItem("FEAT-1"),
      "roadmap/feat-2.yaml": item("FEAT-2"),
    };

    const changed = await runAction({
      gh,
      repo: repo.fullName,
      event: pushEvent(repo, { before: base, after }),
      inputs: { "changed-only": "true" },
      workspace,
    });
    const forced = await runAction({
      gh,
      repo: repo.fullName,
      event: pushEvent(repo, { before: base, after, forced: true }),
      inputs: { "changed-only": "true" },
      workspace,
    });
    const created = await runAction({
      gh,
      repo: repo.fullName,
      event: pushEvent(repo, { before: ZEROS, after }),
      inputs: { "changed-only": "true" },
      workspace,
    });

    expect(changed.outputs).toMatchObject({ result: "pass", items: "1" });
    expect(changed.requests.map((r) => r.path)).toEqual([
      `/repos/${repo.fullName}/compare/${base}...${after}`,
    ]);
    expect(forced.outputs).toMatchObject({ result: "fail", items: "2" });
    expect(created.outputs).toMatchObject({ result: "fail", items: "2" });
    expect([...forced.requests, ...created.requests]).toEqual([]);
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

  it("fails when verify-sign-off is true on an event without a pull request", async () => {
    const gh = fake();
    const { repo } = repository(gh, {});

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: { name: "workflow_dispatch", payload: {} },
      inputs: { "verify-sign-off": "true" },
      workspace: { "roadmap/feat-2.yaml": item("FEAT-2") },
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe("fail");
    expect(annotations(run, "error")[0]?.message).toMatch(
      /^verify-sign-off is true, but a workflow_dispatch event carries no pull request/,
    );
  });

  it("never follows a symbolic link out of the workspace", async () => {
    const gh = fake();
    const { repo } = repository(gh, {});

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: { name: "workflow_dispatch", payload: {} },
      workspace: {
        "roadmap/feat-2.yaml": item("FEAT-2"),
        "roadmap/secret.yaml": { symlink: "/etc/passwd" },
        "roadmap/inside.yaml": { symlink: "feat-2.yaml" },
      },
    });

    expect(run.outputs).toMatchObject({ result: "fail", items: "3" });
    expect(annotations(run, "error").filter((a) => a.properties.file)).toEqual([
      {
        command: "error",
        properties: {
          file: "roadmap/feat-2.yaml",
          ...positionOf(item("FEAT-2"), "FEAT-2"),
          title: "id-duplicate",
        },
        message: expect.stringContaining("also used by roadmap/inside.yaml") as string,
      },
      {
        command: "error",
        properties: {
          file: "roadmap/inside.yaml",
          ...positionOf(item("FEAT-2"), "FEAT-2"),
          title: "id-duplicate",
        },
        message: expect.stringContaining("FEAT-2") as string,
      },
      {
        command: "error",
        properties: { file: "roadmap/secret.yaml", line: "1", col: "1", title: "unreadable" },
        message: expect.stringContaining("outside the repository") as string,
      },
    ]);
    expect(run.summary).not.toContain("root:");
    expect(writes(run)).toEqual([]);
  });

  it("finds workspace files as the CLI does: a linked folder out is unreadable, node_modules is skipped", async () => {
    const gh = fake();
    const { repo } = repository(gh, {});

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: { name: "workflow_dispatch", payload: {} },
      workspace: {
        "roadmap/feat-2.yaml": item("FEAT-2"),
        "roadmap/etc": { symlink: "/etc" },
        "roadmap/node_modules/pkg/feat-3.yaml": brokenItem("FEAT-3"),
      },
    });

    expect(run.outputs).toMatchObject({ result: "fail", items: "2" });
    expect(annotations(run, "error").filter((a) => a.properties.file)).toEqual([
      {
        command: "error",
        properties: { file: "roadmap/etc", line: "1", col: "1", title: "unreadable" },
        message: expect.stringContaining("outside the repository") as string,
      },
    ]);
  });
});
