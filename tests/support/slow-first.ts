import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest, started first. Vitest orders files by their last durations, which
 * a fresh clone (CI) does not have: it then orders them by size, and a slow file that starts last
 * runs alone at the end of the run (linear-time.test.ts added 15 s that way). The files that
 * compute (bin-memory, linear-time) alternate with files that mostly wait on a child process (the
 * pre-commit client, the built Action, the Probot server), so that three at once share 2 cores.
 */
const SLOW = [
  "tests/thread/evaluation-thread.test.ts",
  "tests/action/failures.test.ts",
  "tests/app/budget.test.ts",
  "tests/app/pull-request.test.ts",
  "tests/core/linear-time.test.ts",
  "tests/cli/bin.test.ts",
  "tests/app/sign-off.test.ts",
];

/** Vitest's order, with the files known to be slow first, in the order above. */
export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const at = SLOW.findIndex((path) => spec.moduleId.endsWith(path));
      return at < 0 ? SLOW.length : at;
    };
    return sorted
      .map((spec, i) => ({ spec, i, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
