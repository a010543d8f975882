import { describe, expect, it } from "vitest";
import { item, POLICY, positionOf } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { annotations, runAction, type ActionRun } from "./support/run-action.js";
import { pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();
const FILE = "roadmap/feat-1.yaml";

/** The annotation of the sign-off entry's reviewer that could not be verified. */
function signOffError(run: ActionRun) {
  return annotations(run, "error").find((a) => a.properties.title === "signoff-unverified");
}

/**
 * The built Action's run of a sign-off that GitHub does not back. Which sign-offs its gate accepts
 * (authors, stale approvals, bots, access, the inputs and the policy) is tests/gate/sign-off.test.ts.
 */
describe("verified sign-off in the Action", () => {
  it("rejects a reviewer's name written into the item without an approval", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const content = item("FEAT-1");
    const { pull } = pullRequest(repo, base, { [FILE]: content });
    repo.setPermission("sam", "write");

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe("fail");
    expect(signOffError(run)).toEqual({
      command: "error",
      properties: { file: FILE, ...positionOf(content, '"@sam"'), title: "signoff-unverified" },
      message: expect.stringContaining("@sam has not approved this pull request") as string,
    });
  });
});
