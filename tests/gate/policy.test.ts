import { describe, expect, it } from "vitest";
import { item, POLICY } from "../action/support/items.js";
import { pullRequestEvent } from "../action/support/payloads.js";
import {
  approveAsReviewer,
  pullRequest,
  repository,
  useFakeGitHub,
} from "../action/support/scenario.js";
import { finding, gateAsAction, where } from "./support/action-gate.js";

/**
 * Which policy decides the Action's gate on a pull request, and what it previews: core/gate's
 * shared step in this process against the fake GitHub. The built Action's run of a pull request
 * that changes the policy (its notice and summary) is tests/action/policy.test.ts.
 */
const fake = useFakeGitHub();

describe("the policy in the Action's gate", () => {
  it("reads the policy at the base branch's current head, not the event's older base commit", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull } = pullRequest(repo, base, { "roadmap/feat-6.yaml": item("FEAT-6") });
    approveAsReviewer(repo, pull);
    // After the pull request was opened (its event names `base`), main tightened the policy.
    repo.commit({ [POLICY]: "sign_off:\n  min_approvals: 2\n" }, { message: "Stricter" });

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(run.report.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ["signoff-approvals", "roadmap/feat-6.yaml"],
    ]);
    expect(finding(run, "signoff-approvals")?.message).toContain(
      "FEAT-6 has 1 verified approving sign-off; it needs 2",
    );
  });

  it("fails a pull request whose new policy is invalid", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "", "roadmap/feat-5.yaml": item("FEAT-5") });
    const { pull } = pullRequest(repo, base, { [POLICY]: "sign_of:\n  min_approvals: 2\n" });

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(where(run)[0]).toEqual(["policy-invalid", POLICY, 1, 1]);
    expect(run.summary).toContain("The new policy is **invalid**");
  });

  it("previews which existing items would fail under a stricter new policy", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "", "roadmap/feat-5.yaml": item("FEAT-5") });
    const { pull } = pullRequest(repo, base, { [POLICY]: "sign_off:\n  min_approvals: 2\n" });

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("pass");
    expect(run.summary).toContain("Under the new policy 1 existing item would fail:");
    expect(run.summary).toContain("| FEAT-5 | `roadmap/feat-5.yaml` | 1 |");
  });

  it("judges no item under an invalid base policy, whatever fail-on says, and reads no file of the pull request", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, {
      [POLICY]: "gate:\n  statuses: planned\n",
      "roadmap/feat-6.yaml": item("FEAT-6"),
    });
    const { pull } = pullRequest(repo, base, { "roadmap/feat-7.yaml": item("FEAT-7") });

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull), {
      failOn: "never",
    });

    expect(run.outcome.kind).toBe("policy-invalid");
    expect(run.verdict.verdict).toBe("fail");
    expect(run.report).toMatchObject({ result: "fail", errors: 1, items: [] });
    expect(where(run)).toEqual([["policy-invalid", POLICY, 2, 13]]);
    expect(run.requests.some((r) => /\/pulls\/7\/files$/.test(r.path))).toBe(false);
  });

  it("resolves _extends from another repository the token can read", async () => {
    const gh = fake();
    const shared = gh.addRepo("octo/policies");
    shared.commit({ "roadmap-gate.yml": 'sign_off:\n  reviewers: ["@sam"]\n' });
    const { repo, base } = repository(gh, { [POLICY]: "_extends: policies:roadmap-gate.yml\n" });
    const { pull, head } = pullRequest(repo, base, {
      "roadmap/feat-8.yaml": item("FEAT-8", { reviewers: ["@mallory"] }),
    });
    repo.addReview(7, { login: "mallory", state: "APPROVED", commitId: head });
    repo.setPermission("mallory", "admin");

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(finding(run, "signoff-unverified")?.message).toContain(
      "@mallory is not an authorised reviewer",
    );
    expect(run.requests.map((r) => r.path)).toContain(
      "/repos/octo/policies/contents/roadmap-gate.yml",
    );
  });
});
