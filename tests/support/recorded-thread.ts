/**
 * The real evaluation threads, with each job they are handed recorded (what crosses to the
 * worker). The threads run the real entry with tests/support/stall-thread.mjs loaded first, so a
 * test file may name files whose judging never ends in ROADMAP_GATE_TEST_STALL_FILE (set before any
 * thread starts). In a test file:
 *
 *   vi.mock("../../thread/evaluation-threads.js", async (original) =>
 *     (await import("../support/recorded-thread.js")).recordingJobs(original),
 *   );
 *
 * and import `jobs` from this module (each test file has its own copy).
 */
import type * as EvaluationThreads from "../../thread/evaluation-threads.js";
import { STALLING_JUDGE_THREAD } from "./stall.js";

/** The jobs handed to evaluateInThread so far, oldest first; empty it between tests. */
export const jobs: unknown[] = [];

/** The real module (from vi.mock's importOriginal), its evaluateInThread recording each job in `jobs`. */
export async function recordingJobs(
  importOriginal: <T>() => Promise<T>,
): Promise<typeof EvaluationThreads> {
  const real = await importOriginal<typeof EvaluationThreads>();
  const threads = real.evaluationThreads(STALLING_JUDGE_THREAD);
  return {
    ...real,
    evaluateInThread: ((job, options) => {
      jobs.push(job);
      return threads.evaluateInThread(job, options);
    }) satisfies typeof real.evaluateInThread,
    limitEvaluationThreads: threads.limitEvaluationThreads,
  };
}
