import { describe, expect, it } from "vitest";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { POLICY_PATH, pullRequestScenario } from "./support/scenario.js";

const h = useApp();

/** main asks for two approvals; the branch `weak` has a weaker policy, or none. */
const WEAK_POLICIES = [
  ["enforcement: warn", "enforcement: warn\n"],
  ["verify: false", "sign_off:\n  verify: false\n"],
  ["no policy file", null],
] as const;

describe("a commit that is the head of several open pull requests", () => {
  it.each(WEAK_POLICIES)(
    "keeps the check failing when a second pull request goes into a branch with %s",
    async (_, weakPolicy) => {
      const s = pullRequestScenario(h.gh, "shared-head", {
        base: { [POLICY_PATH]: "sign_off:\n  min_approvals: 2\n" },
        head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam", "@ana"] }) },
      });
      s.repo.setPermission("sam", "write");
      s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
      expect(s.repo.checkRuns.at(-1)?.conclusion).toBe("failure");

      // The same commit, proposed into a branch whose policy would pass it.
      const weakSha = s.repo.commit(
        { [POLICY_PATH]: weakPolicy },
        { parent: s.baseSha, branch: "weak" },
      );
      const second = s.repo.addPullRequest({
        number: 8,
        author: "lee",
        base: "weak",
        baseSha: weakSha,
        head: "feature",
        headSha: s.headSha,
      });
      s.repo.addReview(8, { login: "sam", state: "APPROVED", commitId: s.headSha });
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, second));

      expect(s.repo.checkRuns).toHaveLength(2);
      const newest = s.repo.checkRuns.at(-1)!;
      expect(newest.head_sha).toBe(s.headSha);
      expect(newest.conclusion).toBe("failure");
      expect(newest.output.title).toMatch(/^#7 into main: Fails the gate/);
      expect(newest.output.summary).toContain("This commit is the head of 2 open pull requests");
      expect(newest.output.summary).toMatch(/\| #7 \| `main` \| failure \|/);
      expect(newest.output.summary).toMatch(/\| #8 \| `weak` \| (success|neutral) \|/);
      // #7's findings: @ana never approved, and main asks for two approvals.
      expect(newest.output.annotations.map((a) => a.title).sort()).toEqual([
        "signoff-approvals",
        "signoff-unverified",
      ]);
    },
  );

  it("judges a closed pull request's commit by the open ones only", async () => {
    const s = pullRequestScenario(h.gh, "shared-head-closed", {
      head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
    });
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    s.repo.addPullRequest({
      number: 8,
      author: "lee",
      baseSha: s.baseSha,
      head: "feature",
      headSha: s.headSha,
      state: "closed",
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const run = s.repo.checkRuns.at(-1)!;
    expect(run.conclusion).toBe("success");
    expect(run.output.summary).not.toContain("open pull requests");
  });
});
