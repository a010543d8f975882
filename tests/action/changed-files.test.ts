import { describe, expect, it } from "vitest";
import { item, POLICY } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { annotations, runAction } from "./support/run-action.js";
import { pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();

/** 3,000 files that sort before `roadmap/`: GitHub's file list of the pull request ends with them. */
function filler(): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: 3000 }, (_, i) => [`assets/${String(i).padStart(4, "0")}.txt`, `${i}\n`]),
  );
}

describe("the Action on a pull request whose file list GitHub cuts at 3,000", () => {
  it("verifies the sign-off of the item past the cut, found by comparing the trees, and fails", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull } = pullRequest(repo, base, {
      ...filler(),
      "roadmap/feat-1.yaml": item("FEAT-1"),
    });
    // @sam has write access but never reviewed: the sign-off is a name written into YAML.
    repo.setPermission("sam", "write");

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: "fail", items: "1" });
    expect(
      annotations(run, "error")
        .filter((a) => a.properties.file !== undefined)
        .map((a) => [a.properties.file, a.properties.title])
        .sort(),
    ).toEqual([
      ["roadmap/feat-1.yaml", "signoff-approvals"],
      ["roadmap/feat-1.yaml", "signoff-unverified"],
    ]);
    expect(run.summary).toContain(
      "GitHub listed 3000 changed files of pull request #\u200d7 and counts 3001", // #N neutralised (ZWJ)
    );
  });
});
