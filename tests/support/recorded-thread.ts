/**
 * The real evaluation thread, with each job it is handed recorded (what crosses to the worker).
 * In a test file:
 *
 *   vi.mock("../../thread/evaluation-thread.js", async (original) =>
 *     (await import("../support/recorded-thread.js")).recordingJobs(original),
 *   );
 *
 * and import `jobs` from this module (each test file has its own copy).
 */
import type * as EvaluationThread from "../../thread/evaluation-thread.js";

/** The jobs handed to evaluateInThread so far, oldest first; empty it between tests. */
export const jobs: unknown[] = [];

/** The real module (from vi.mock's importOriginal), its evaluateInThread recording each job in `jobs`. */
export async function recordingJobs(
  importOriginal: <T>() => Promise<T>,
): Promise<typeof EvaluationThread> {
  const real = await importOriginal<typeof EvaluationThread>();
  return {
    ...real,
    evaluateInThread: ((job, options) => {
      jobs.push(job);
      return real.evaluateInThread(job, options);
    }) satisfies typeof real.evaluateInThread,
  };
}
