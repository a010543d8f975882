// Valid generated items for the Action and App benchmarks (scripts/generate-items.ts, no breakage),
// dated around today so their sign-offs are neither stale nor in the future.
import {
  generateItems,
  POLICY,
  REVIEWERS,
  type GeneratedItem,
} from "../../scripts/generate-items.js";

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
