import { describe, expect, it } from "vitest";
import { brokenItem, item, POLICY } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { annotations, runAction } from "./support/run-action.js";
import { approveAsReviewer, pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();

describe("the policy in the Action", () => {
  it("judges a pull request that disables the gate by the base branch's policy", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "enforcement: block\n" });
    const { pull } = pullRequest(repo, base, {
      [POLICY]: "gate:\n  statuses: []\nenforcement: warn\n",
      "roadmap/feat-4.yaml": brokenItem("FEAT-4"),
    });
    approveAsReviewer(repo, pull);

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: "fail", errors: "3" });
    expect(annotations(run, "notice").map((n) => n.properties)).toContainEqual({
      file: POLICY,
      line: "1",
      col: "1",
      title: "policy-change",
    });
    expect(run.summary).toContain("### Policy change preview");
    expect(run.summary).toContain("Under the new policy every existing item would still pass.");
    // The policy that decides was read on the base branch (the head's only for the preview),
    // through the contents API, as the App reads it (core/gate/read-gate-policy.ts).
    const policyReads = run.requests
      .filter((r) => r.path === `/repos/${repo.fullName}/contents/${POLICY}`)
      .map((r) => r.query.ref);
    expect(policyReads).toEqual(["refs/heads/main"]);
    const expressions = run.requests
      .filter((r) => r.path === "/graphql")
      .flatMap((r) => Object.values((r.body as { variables: Record<string, string> }).variables));
    expect(expressions).not.toContain(`${base}:${POLICY}`);
    expect(expressions).not.toContain(`refs/heads/main:${POLICY}`);
  });

  it("reads the policy at the base branch's current head, not the event's older base commit", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull } = pullRequest(repo, base, { "roadmap/feat-6.yaml": item("FEAT-6") });
    approveAsReviewer(repo, pull);
    // After the pull request was opened (its event names `base`), main tightened the policy.
    repo.commit({ [POLICY]: "sign_off:\n  min_approvals: 2\n" }, { message: "Stricter" });

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(1);
    expect(annotations(run, "error").filter((a) => a.properties.file)).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({
          file: "roadmap/feat-6.yaml",
          title: "signoff-approvals",
        }),
        message: expect.stringContaining("FEAT-6 has 1 verified approving sign-off; it needs 2"),
      }),
    ]);
  });

  it("fails a pull request whose new policy is invalid", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "", "roadmap/feat-5.yaml": item("FEAT-5") });
    const { pull } = pullRequest(repo, base, { [POLICY]: "sign_of:\n  min_approvals: 2\n" });

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(1);
    expect(annotations(run, "error")[0]).toMatchObject({
      properties: { file: POLICY, line: "1", col: "1", title: "policy-invalid" },
    });
    expect(run.summary).toContain("The new policy is **invalid**");
  });

  it("previews which existing items would fail under a stricter new policy", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "", "roadmap/feat-5.yaml": item("FEAT-5") });
    const { pull } = pullRequest(repo, base, { [POLICY]: "sign_off:\n  min_approvals: 2\n" });

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain("Under the new policy 1 existing item would fail:");
    expect(run.summary).toContain("| FEAT-5 | `roadmap/feat-5.yaml` | 1 |");
  });

  it("fails the step with the findings of an invalid base policy, and judges no item", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, {
      [POLICY]: "gate:\n  statuses: planned\n",
      "roadmap/feat-6.yaml": item("FEAT-6"),
    });
    const { pull } = pullRequest(repo, base, { "roadmap/feat-7.yaml": item("FEAT-7") });

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: pullRequestEvent(repo, pull),
      inputs: { "fail-on": "never" },
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: "fail", errors: "1", items: "0" });
    expect(annotations(run, "error")[0]).toMatchObject({
      properties: { file: POLICY, line: "2", col: "13", title: "policy-invalid" },
    });
    expect(annotations(run, "error").at(-1)?.message).toMatch(
      /^The policy \.github\/roadmap-gate\.yml is not valid, so no item was judged: /,
    );
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

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(1);
    expect(
      annotations(run, "error")
        .map((a) => a.message)
        .join("\n"),
    ).toContain("@mallory is not an authorised reviewer");
    expect(run.requests.map((r) => r.path)).toContain(
      "/repos/octo/policies/contents/roadmap-gate.yml",
    );
  });
});
