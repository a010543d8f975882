import { describe, expect, it } from "vitest";
import { brokenItem, item, POLICY } from "../action/support/items.js";
import { pushEvent } from "../action/support/payloads.js";
import { repository, useFakeGitHub } from "../action/support/scenario.js";
import { at, gateAsAction, where } from "./support/action-gate.js";

/**
 * What the Action judges on a push and on other events: the checked-out workspace read and judged
 * by the Action's own module (action/evaluate-workspace.ts, its evaluation thread included), in
 * this process against the fake GitHub. The built Action's runs of these events are
 * tests/action/events.test.ts.
 */
const fake = useFakeGitHub();
const ZEROS = "0".repeat(40);
const DISPATCH = { name: "workflow_dispatch", payload: {} };

describe("the Action's gate on the workspace", () => {
  it("judges only the items a push changed with changed-only (compare API), every item when the range cannot be compared", async () => {
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
    const changedOnly = (range: { before: string; forced?: boolean }) =>
      gateAsAction(
        gh,
        repo.fullName,
        pushEvent(repo, { after, ...range }),
        { changedOnly: true },
        workspace,
      );

    const changed = await changedOnly({ before: base });
    const forced = await changedOnly({ before: base, forced: true });
    const created = await changedOnly({ before: ZEROS });

    expect(changed.report.result).toBe("pass");
    expect(changed.report.items.map((i) => i.file)).toEqual(["roadmap/feat-2.yaml"]);
    expect(changed.requests.map((r) => r.path)).toEqual([
      `/repos/${repo.fullName}/compare/${base}...${after}`,
    ]);
    for (const run of [forced, created]) {
      expect(run.report.result).toBe("fail");
      expect(run.report.items).toHaveLength(2);
      expect(run.requests).toEqual([]);
    }
  });

  it("refuses verify-sign-off: true on an event without a pull request, before judging", async () => {
    const gh = fake();
    const { repo } = repository(gh, {});

    const run = gateAsAction(
      gh,
      repo.fullName,
      DISPATCH,
      { verifySignOff: "true" },
      { "roadmap/feat-2.yaml": item("FEAT-2") },
    );

    await expect(run).rejects.toThrow(
      /^verify-sign-off is true, but a workflow_dispatch event carries no pull request/,
    );
  });

  it("never follows a symbolic link out of the workspace", async () => {
    const gh = fake();
    const { repo } = repository(gh, {});

    const run = await gateAsAction(
      gh,
      repo.fullName,
      DISPATCH,
      {},
      {
        "roadmap/feat-2.yaml": item("FEAT-2"),
        "roadmap/secret.yaml": { symlink: "/etc/passwd" },
        "roadmap/inside.yaml": { symlink: "feat-2.yaml" },
      },
    );

    expect(run.report.result).toBe("fail");
    expect(run.report.items).toHaveLength(3);
    const { line, column } = at(item("FEAT-2"), "FEAT-2");
    expect(where(run)).toEqual([
      ["id-duplicate", "roadmap/feat-2.yaml", line, column],
      ["id-duplicate", "roadmap/inside.yaml", line, column],
      ["unreadable", "roadmap/secret.yaml", 1, 1],
    ]);
    expect(run.report.findings[0]?.message).toContain("also used by roadmap/inside.yaml");
    expect(run.report.findings[2]?.message).toContain("outside the repository");
    expect(run.summary).not.toContain("root:");
    expect(run.requests).toEqual([]);
  });

  it("finds workspace files as the CLI does: a linked folder out is unreadable, node_modules is skipped", async () => {
    const gh = fake();
    const { repo } = repository(gh, {});

    const run = await gateAsAction(
      gh,
      repo.fullName,
      DISPATCH,
      {},
      {
        "roadmap/feat-2.yaml": item("FEAT-2"),
        "roadmap/etc": { symlink: "/etc" },
        "roadmap/node_modules/pkg/feat-3.yaml": brokenItem("FEAT-3"),
      },
    );

    expect(run.report.result).toBe("fail");
    expect(run.report.items).toHaveLength(2);
    expect(where(run)).toEqual([["unreadable", "roadmap/etc", 1, 1]]);
    expect(run.report.findings[0]?.message).toContain("outside the repository");
  });
});
