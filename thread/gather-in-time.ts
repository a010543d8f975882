import type { PrometheusPort } from "../core/error-budget/prometheus-port.js";
import type { EvaluationJob } from "../core/gate/job.js";
import { PortError, type GitHubPort } from "../core/port.js";
import { gatherPullRequest } from "../core/pull-request/gather-pull-request.js";
import type { Deadline } from "./deadline.js";
import type { JudgeJob } from "./judge-thread.js";

/**
 * A job made ready to cross to its thread: a pull request's files and facts are read here, on
 * the calling thread, through `port` (the surface's reader: sizes first, bytes capped), so the
 * thread only judges. The reading runs on the evaluation's deadline: once it is up this rejects,
 * and the port refuses every later call of the reading, which so stops at its next request.
 */
export async function gatherInTime(
  job: EvaluationJob,
  ports: { port?: GitHubPort; prometheus?: PrometheusPort },
  clock: Deadline,
  totalMs: number | undefined,
): Promise<JudgeJob> {
  if (job.kind !== "pull-request") return job;
  const { port, prometheus } = ports;
  if (!port) throw new Error("this evaluation has no GitHub port");
  const late = () =>
    new PortError("network", `the evaluation did not finish within ${totalMs! / 1000} s`);
  let over = false;
  const expired = new Promise<never>((_, reject) => {
    clock.expired = () => {
      over = true;
      reject(late());
    };
  });
  const guarded = new Proxy(port, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        over ? Promise.reject(late()) : (value as (...a: unknown[]) => unknown).apply(target, args);
    },
  });
  const reading = gatherPullRequest({ ...job.run, port: guarded, prometheus });
  // A reading that fails after the deadline has nobody left to tell.
  reading.catch(() => undefined);
  clock.run();
  try {
    return { ...job, gathered: await Promise.race([reading, expired]) };
  } finally {
    clock.stop();
    clock.expired = undefined;
  }
}
