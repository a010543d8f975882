import { describe, expect, it } from "vitest";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { pullRequestScenario } from "./support/scenario.js";

const h = useApp();

/** 3,000 files that sort before `roadmap/`: GitHub's file list of the pull request ends with them. */
function filler(): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: 3000 }, (_, i) => [`assets/${String(i).padStart(4, "0")}.txt`, `${i}\n`]),
  );
}

/** A pull request adding filler and an item whose sign-off names @sam, who never reviewed it. */
function cutPullRequest(name: string) {
  const s = pullRequestScenario(h.gh, name, {
    head: { ...filler(), "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
  });
  s.repo.setPermission("sam", "write");
  return s;
}

describe("a pull request whose file list GitHub cuts at 3,000", () => {
  it("still judges the item past the cut, found by comparing the base and head trees", async () => {
    const s = cutPullRequest("cut-list");
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    expect(s.repo.checkRuns).toHaveLength(1);
    const run = s.repo.checkRuns[0]!;
    expect(run.conclusion).toBe("failure");
    expect(run.output.annotations.map((a) => [a.path, a.title]).sort()).toEqual([
      ["roadmap/feat-1.yaml", "signoff-approvals"],
      ["roadmap/feat-1.yaml", "signoff-unverified"],
    ]);
    expect(run.output.summary).toContain("1 item file changed");
    expect(run.output.summary).toContain(
      "GitHub listed 3000 changed files of pull request #\u200d7 and counts 3001", // #N neutralised (ZWJ)
    );
    const trees = h.gh
      .requestsTo("GET", new RegExp(`/repos/${s.repo.fullName}/git/trees/`))
      .map((r) => r.path.split("/").pop());
    expect(trees.sort()).toEqual([s.baseSha, s.headSha].sort());
  });

  it("fails closed and says why when the trees are truncated too", async () => {
    const s = cutPullRequest("cut-list-truncated-tree");
    s.repo.truncateTrees = true;
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const run = s.repo.checkRuns[0]!;
    expect(run.conclusion).toBe("failure");
    expect(run.output.title).toBe("roadmap-gate could not evaluate this pull request");
    expect(run.output.summary).toContain("truncated the tree");
  });
});
