import { describe, expect, it } from "vitest";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import {
  approvedItemPullRequest,
  POLICY_PATH,
  pullRequestScenario,
  type PullRequestScenario,
} from "./support/scenario.js";

const h = useApp();

async function gate(s: PullRequestScenario) {
  await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
  expect(s.repo.checkRuns).toHaveLength(1);
  return s.repo.checkRuns[0]!;
}

function approve(s: PullRequestScenario, login = "sam") {
  s.repo.setPermission(login, "write");
  s.repo.addReview(7, { login, state: "APPROVED", commitId: s.headSha });
}

describe("the policy that judges a pull request", () => {
  it("is the base branch's: a pull request cannot weaken its own gate, and the change is previewed", async () => {
    const s = pullRequestScenario(h.gh, "weakening", {
      head: {
        [POLICY_PATH]: "gate:\n  metrics: [pipeline_reliability, error_budget]\n",
        "roadmap/feat-1.yaml": itemYaml({
          id: "FEAT-1",
          signOffs: ["@sam"],
          omitMetrics: ["latency"],
        }),
      },
    });
    approve(s);
    const run = await gate(s);

    expect(run.conclusion).toBe("failure");
    expect(run.output.annotations.map((a) => a.title)).toContain("metric-missing");
    expect(run.output.summary).toContain("### Policy change preview");
    expect(run.output.summary).toContain("It is judged by the base branch's policy");
    expect(run.output.summary).toContain(
      "Under the new policy every existing item would still pass.",
    );
  });

  it("previews which existing items a stricter policy would fail, and passes the policy change itself", async () => {
    const s = pullRequestScenario(h.gh, "tightening", {
      base: {
        "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }),
        "roadmap/feat-2.yaml": itemYaml({ id: "FEAT-2", signOffs: ["@sam", "@ana"] }),
      },
      head: { [POLICY_PATH]: "sign_off:\n  min_approvals: 2\n" },
    });
    const run = await gate(s);

    expect(run.conclusion).toBe("success");
    expect(run.output.summary).toContain("Under the new policy 1 existing item would fail:");
    expect(run.output.summary).toContain("| FEAT-1 | `roadmap/feat-1.yaml` | 1 |");
    expect(run.output.summary).not.toContain("| FEAT-2 |");
  });

  it("is read at the base branch's current head when the branch moved after the pull request opened", async () => {
    const s = approvedItemPullRequest(h.gh, "moved-base");
    s.repo.commit({ [POLICY_PATH]: "sign_off:\n  min_approvals: 2\n" }, { message: "Stricter" });
    const run = await gate(s);

    expect(run.conclusion).toBe("failure");
    expect(run.output.annotations.map((a) => a.title)).toEqual(["signoff-approvals"]);
  });

  it("is read from the base branch, never from a tag that has the branch's name", async () => {
    const s = pullRequestScenario(h.gh, "tag-named-like-branch", {
      head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
    });
    // Anyone who can push a tag could otherwise pick the policy: git reads a bare name as a tag first.
    const weak = s.repo.commit({ [POLICY_PATH]: "enforcement: warn\n" }, { parent: s.baseSha });
    s.repo.setTag("main", weak);
    const run = await gate(s);

    expect(run.conclusion).toBe("failure");
    expect(run.output.annotations.map((a) => a.title).sort()).toEqual([
      "signoff-approvals",
      "signoff-unverified",
    ]);
    const policyReads = h.gh
      .requestsTo("GET", new RegExp(`/repos/${s.repo.fullName}/contents/`))
      .map((r) => r.query.ref);
    expect(policyReads).toEqual(["refs/heads/main"]);
  });

  it("fails a pull request that makes the policy invalid", async () => {
    const s = pullRequestScenario(h.gh, "invalid-new-policy", {
      head: { [POLICY_PATH]: "enforcement: sometimes\n" },
    });
    const run = await gate(s);

    expect(run.conclusion).toBe("failure");
    expect(run.output.summary).toContain("The new policy is **invalid**");
    expect(run.output.annotations[0]).toMatchObject({ path: POLICY_PATH, title: "policy-invalid" });
  });

  it("fails closed when the base branch's policy is invalid, judging nothing under it", async () => {
    const s = pullRequestScenario(h.gh, "invalid-base-policy", {
      base: { [POLICY_PATH]: "sign_off:\n  min_approvals: [oops\n" },
      head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
    });
    approve(s);
    const run = await gate(s);

    expect(run.conclusion).toBe("failure");
    expect(run.output.title).toBe("The policy on the base branch is invalid");
    expect(run.output.summary).toMatch(
      /`\.github\/roadmap-gate\.yml` line \d+, column \d+: The policy file is not valid/,
    );
  });

  it("falls back to the organisation default in the owner's .github repository", async () => {
    const org = h.gh.addRepo("other-org/.github");
    org.commit({ [POLICY_PATH]: "enforcement: warn\n" });
    const repo = h.gh.addRepo("other-org/product");
    const baseSha = repo.commit({ "README.md": "#\n" });
    const headSha = repo.commit(
      { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", omitMetrics: ["latency"] }) },
      { parent: baseSha, branch: "feature" },
    );
    const pull = repo.addPullRequest({ number: 7, author: "lee", baseSha, headSha });
    const run = await gate({ repo, pull, baseSha, headSha });

    expect(run.conclusion).toBe("neutral");
  });

  it("follows _extends into another repository of the organisation", async () => {
    const shared = h.gh.addRepo("ext-org/policies");
    shared.commit({ [POLICY_PATH]: "enforcement: warn\n" });
    const repo = h.gh.addRepo("ext-org/product");
    const baseSha = repo.commit({ [POLICY_PATH]: "_extends: policies\n" });
    const headSha = repo.commit(
      { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", omitMetrics: ["latency"] }) },
      { parent: baseSha, branch: "feature" },
    );
    const pull = repo.addPullRequest({ number: 7, author: "lee", baseSha, headSha });
    const run = await gate({ repo, pull, baseSha, headSha });

    expect(run.conclusion).toBe("neutral");
  });
});
