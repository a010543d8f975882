import { describe, expect, it } from "vitest";
import { brokenItem, POLICY } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { annotations, runAction } from "./support/run-action.js";
import { approveAsReviewer, pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();

/**
 * The built Action's run of a pull request that changes the policy. Which policy decides, invalid
 * policies, the preview of a stricter one and _extends: tests/gate/policy.test.ts.
 */
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
});
