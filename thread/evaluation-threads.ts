import { availableParallelism } from "node:os";
import type { PrometheusPort } from "../core/error-budget/prometheus-port.js";
import type { EvaluationJob, EvaluationOutcome, JobResult } from "../core/gate/job.js";
import type { GitHubPort } from "../core/port.js";
import { ComputeTurn } from "./compute-turn.js";
import { deadline } from "./deadline.js";
import { FairSlots } from "./fair-slots.js";
import { gatherInTime } from "./gather-in-time.js";
import { JUDGE_THREAD_ROLE, JUDGE_THREAD_URL, type JudgeJob } from "./judge-thread.js";
import type { WorkerData } from "./protocol.js";
import { runJob, type JobBudget } from "./run-job.js";
import { startThread } from "./start-thread.js";
import { positive } from "./thread-settings.js";
import { ThreadPool } from "./thread-pool.js";

/**
 * Judging where it can be stopped. The engine is synchronous and cannot interrupt itself in the
 * middle of a file, so the App and the Action run each evaluation in a worker thread of its own
 * (one at a time per thread; a thread that finished is kept for the next, see thread-pool.ts)
 * and terminate the thread when a file takes longer than its budget, or the thread outgrows its
 * memory (both reported as `too-complex`), or the whole evaluation outlasts its deadline. The
 * App's event loop stays free meanwhile: it answers webhooks and completes other installations'
 * checks. GitHub and Prometheus calls stay on the calling thread: a pull request's files are read
 * there before its job crosses (gather-in-time.ts); what the worker (judge-thread.ts) asks later
 * (permissions, people, Prometheus) crosses back as messages (protocol.ts). Waiting on either is
 * not a file's time.
 */

export { threadSettings } from "./thread-settings.js";
export type { EvaluationJob, EvaluationOutcome, JobResult } from "../core/gate/job.js";

export type EvaluationBudget = JobBudget;

export interface ThreadOptions {
  budget: EvaluationBudget;
  /** For pull request jobs: the port the worker's requests are answered from. */
  port?: GitHubPort;
  /** Prometheus, for the error-budget gate: the worker's queries are answered from it. */
  prometheus?: PrometheusPort;
  /**
   * Whose turn the evaluation waits for when every thread is busy (the App: the installation);
   * the queues of different keys take turns. Default: one shared queue.
   */
  queue?: string;
}

export interface EvaluationThreads {
  /**
   * Runs `job` in a thread of its own, within `options.budget`, once a thread is free and it has
   * a turn to compute. Its deadline counts from then, and stands still while it waits for a turn
   * again after its ports answered: time queued behind other installations is not its own. A
   * thread that finished its job is kept for the next; one stopped (out of time or memory) or
   * that failed is ended.
   */
  evaluateInThread<J extends EvaluationJob>(
    job: J,
    options: ThreadOptions,
  ): Promise<EvaluationOutcome<JobResult<J>>>;
  /**
   * Changes how many evaluations may hold a thread, and how many compute, at once (tests, and
   * surfaces that know better). Computing stays at most the threads.
   */
  limitEvaluationThreads(limit: number, computingLimit?: number): void;
}

/**
 * Threads on `entry`, the module they run: judge-thread.ts's own URL in the product. Tests that
 * run in this process pass a module of their own that imports judge-thread.ts after setting up
 * what the test needs in the thread (a file whose judging never ends, to prove the budget: see
 * tests/support/stall-thread.mjs); tests of the built Action or App preload that module with
 * NODE_OPTIONS=--import, which Node runs in every worker thread too. No test hook ships here.
 */
export function evaluationThreads(entry: string = JUDGE_THREAD_URL): EvaluationThreads {
  const pool = new ThreadPool((memoryMb) =>
    startThread(
      entry,
      { role: JUDGE_THREAD_ROLE } satisfies WorkerData,
      memoryMb === undefined ? undefined : { maxOldGenerationSizeMb: memoryMb },
    ),
  );
  const cores = availableParallelism();
  /**
   * At most as many threads compute at once as the machine has cores (ROADMAP_GATE_MAX_COMPUTING
   * to change it), so files' budgets are CPU they get. A thread waiting on GitHub or Prometheus
   * gives its turn up meanwhile (compute-turn.ts): an evaluation waits about a second per GraphQL
   * query in its installation's throttled lane, and holding the cores through that left them idle
   * while every other installation queued.
   */
  const computing = new FairSlots(positive(process.env.ROADMAP_GATE_MAX_COMPUTING) ?? cores);
  /**
   * At most this many evaluations hold a thread at once (ROADMAP_GATE_MAX_THREADS; default four
   * per core): each thread may grow to its memory limit, so 16 events at once must not start 16.
   * An idle thread with the engine loaded takes about 20 MiB. The others wait their
   * installation's turn (fair-slots.ts).
   */
  const threads = new FairSlots(positive(process.env.ROADMAP_GATE_MAX_THREADS) ?? 4 * cores);
  let jobs = 0;

  async function run<J extends EvaluationJob>(
    job: J,
    options: ThreadOptions,
    key: string,
  ): Promise<EvaluationOutcome<JobResult<J>>> {
    const clock = deadline(options.budget.totalMs);
    const { prometheus } = options;
    // Read before taking a turn to compute: waiting on GitHub needs no core. The thread slot is
    // held meanwhile, which bounds how many evaluations hold their files (64 MiB each at most).
    const ready = await gatherInTime(job, options, clock, options.budget.totalMs);
    const turn = new ComputeTurn(computing, key, clock);
    await turn.start();
    const memoryMb = options.budget.memoryMb;
    return runJob<JudgeJob, JobResult<J>>({
      worker: pool.acquire(memoryMb),
      message: {
        kind: "job",
        id: ++jobs,
        job: ready,
        prometheus: prometheus && { origin: prometheus.origin, timeoutMs: prometheus.timeoutMs },
      },
      budget: options.budget,
      ports: { port: options.port, prometheus },
      turn,
      clock,
      release: (worker, keep) => {
        if (keep) pool.release(worker, memoryMb);
        else void worker.terminate();
      },
    });
  }

  return {
    async evaluateInThread(job, options) {
      const key = options.queue ?? "";
      const release = await threads.acquire(key);
      try {
        return await run(job, options, key);
      } finally {
        release();
      }
    },
    limitEvaluationThreads(limit, computingLimit = Math.min(limit, cores)) {
      threads.setLimit(limit);
      computing.setLimit(Math.min(limit, computingLimit));
    },
  };
}

/** The process's evaluation threads: the Action's and the App's evaluations share them. */
const shared = evaluationThreads();

export const evaluateInThread: EvaluationThreads["evaluateInThread"] = (job, options) =>
  shared.evaluateInThread(job, options);

export const limitEvaluationThreads: EvaluationThreads["limitEvaluationThreads"] = (
  limit,
  computingLimit,
) => shared.limitEvaluationThreads(limit, computingLimit);
