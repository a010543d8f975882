import { describe, expect, it } from "vitest";
import { item, POLICY } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { runAction } from "./support/run-action.js";
import { approveAsReviewer, pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();
const MB = 1_000_000;

/** `count` item files of `bytes` each, as GitHub declares them (the fake sends that much if asked). */
function declared(count: number, bytes: number) {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `roadmap/big-${i}.yaml`,
      { declaredSize: bytes, pattern: "# filler\n" },
    ]),
  );
}

/** Files that add up to more than 64 MiB: tests/gate/read-limits.test.ts. */
describe("what the Action reads of a pull request's files", () => {
  it("never downloads 20 files of 95 MB: each is file-too-large from the size GitHub declares", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const huge = declared(20, 95 * MB);
    const { pull } = pullRequest(repo, base, {
      ...huge,
      "roadmap/feat-1.yaml": item("FEAT-1"),
    });
    approveAsReviewer(repo, pull);
    const before = gh.bytesSent;

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(1);
    // GitHub shows 10 annotations of a level; SARIF holds every finding.
    const tooLarge = (run.sarif?.runs[0]?.results ?? []).filter(
      (r) => r.ruleId === "file-too-large",
    );
    expect(
      tooLarge.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri).sort(),
    ).toEqual(Object.keys(huge).sort());
    expect(tooLarge[0]!.message.text).toContain("The file is 95000000 bytes; the limit is 1048576");
    // Nothing of them was sent: GitHub's answers for the whole run stay small.
    expect(gh.bytesSent - before).toBeLessThan(200_000);
  });
});
