import { describe, expect, it } from "vitest";
import { brokenItem, item, POLICY } from "../action/support/items.js";
import { mergeGroupEvent, pullRequestEvent } from "../action/support/payloads.js";
import {
  approveAsReviewer,
  pullRequest,
  repository,
  useFakeGitHub,
} from "../action/support/scenario.js";
import { at, finding, gateAsAction, where } from "./support/action-gate.js";

/**
 * What the Action's gate judges for a pull request event: the event read as the Action reads it
 * (action/event.ts), then core/gate's shared step in this process against the fake GitHub. The
 * built Action's runs of each event kind are tests/action/events.test.ts.
 */
const fake = useFakeGitHub();

describe("the Action's gate on pull request events", () => {
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

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull), {
      changedOnly: true,
    });

    expect(run.report).toMatchObject({ result: "fail", errors: 1 });
    expect(run.report.items).toHaveLength(2);
    expect(run.report.findings[0]).toMatchObject({
      ruleId: "id-duplicate",
      file: "roadmap/feat-3.yaml",
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

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull), {
      changedOnly: true,
    });

    expect(run.report).toMatchObject({ result: "fail", errors: 1 });
    expect(run.report.items).toHaveLength(1);
    const { line, column } = at(added, "DUP-1");
    expect(where(run)).toEqual([["id-duplicate", "roadmap/a-new.yaml", line, column]]);
    expect(finding(run, "id-duplicate")?.message).toContain(
      "Item id DUP-1 is also used by roadmap/z-old.yaml",
    );
  });

  it("fails the merge queue's commit when the item lost its approval", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull } = pullRequest(repo, base, { "roadmap/feat-2.yaml": item("FEAT-2") });
    repo.setPermission("sam", "write");

    const run = await gateAsAction(
      gh,
      repo.fullName,
      mergeGroupEvent(repo, pull, { baseSha: base, headSha: pull.headSha }),
    );

    expect(run.verdict.verdict).toBe("fail");
    expect(run.report.findings.map((f) => f.ruleId)).toContain("signoff-unverified");
    // The queue's ref names the pull request whose reviews count.
    expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        `GET /repos/${repo.fullName}/pulls/7`,
        `GET /repos/${repo.fullName}/pulls/7/reviews`,
      ]),
    );
  });
});
