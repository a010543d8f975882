// Valid generated items for the Action and App benchmarks (scripts/generate-items.ts, no breakage),
// dated around today so their sign-offs are neither stale nor in the future.
import {
  generateItems,
  POLICY,
  REVIEWERS,
  type GeneratedItem,
} from "../../scripts/generate-items.js";
import type { FakePullRequest, FakeRepo } from "../../tests/support/fake-github/index.js";

export { POLICY, REVIEWERS };
export const POLICY_PATH = ".github/roadmap-gate.yml";

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `count` valid items; ids and paths depend on `seed` and the position only. */
export function validItems(count: number, seed = 1): GeneratedItem[] {
  return generateItems({ count, seed, brokenShare: 0, today: today() });
}

/** The same item with a changed file (an extension key), as a pull request would change it. */
export function revised(item: GeneratedItem, revision: number | string): string {
  return `${item.content.replace(/\n?$/, "\n")}x-bench-revision: "${revision}"\n`;
}

/** Reviewer logins as GitHub spells them (the policy lists them as "@sam"). */
export function reviewerLogins(): string[] {
  return REVIEWERS.map((r) => r.replace(/^@/, ""));
}

/** Pull request #7 by @lee applying `changes` on `baseSha`, approved at its head by every reviewer. */
export function approvedPullRequest(
  repo: FakeRepo,
  baseSha: string,
  changes: Record<string, string>,
): FakePullRequest {
  const headSha = repo.commit(changes, { parent: baseSha, branch: "feature" });
  const pull = repo.addPullRequest({
    number: 7,
    author: "lee",
    baseSha,
    headSha,
    head: "feature",
    body: "Changes the roadmap.",
  });
  // Reviewers named in the policy count only with write access (docs/sign-off.md).
  for (const login of reviewerLogins()) {
    repo.setPermission(login, "write");
    repo.addReview(7, { login, state: "APPROVED", commitId: headSha });
  }
  return pull;
}
