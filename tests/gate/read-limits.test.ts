import { describe, expect, it } from "vitest";
import { POLICY } from "../action/support/items.js";
import { pullRequestEvent } from "../action/support/payloads.js";
import { pullRequest, repository, useFakeGitHub } from "../action/support/scenario.js";
import { gateAsAction } from "./support/action-gate.js";

/**
 * What the Action's gate reads of a pull request's files in all: core/gate's reading port against
 * the fake GitHub, in this process. The built Action's run with files over the policy's size limit
 * is tests/action/read-limits.test.ts.
 */
const fake = useFakeGitHub();
const MB = 1_000_000;

describe("what the Action's gate reads of a pull request's files", () => {
  it("fails closed, reading nothing, when the files within the limit add up to more than 64 MiB", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const files = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [
        `roadmap/big-${i}.yaml`,
        { declaredSize: MB, pattern: "# filler\n" },
      ]),
    );
    const { pull } = pullRequest(repo, base, files);
    const before = gh.bytesSent;

    const run = gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    await expect(run).rejects.toThrow("more than the 64 MiB one evaluation may read from GitHub");
    expect(gh.bytesSent - before).toBeLessThan(200_000);
  });
});
