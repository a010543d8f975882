import type { Worker } from "node:worker_threads";
import type { EvaluationOutcome } from "../core/gate/job.js";
import { PortError } from "../core/port.js";
import { answerPort, type HeldPorts } from "./answer-port.js";
import type { ComputeTurn } from "./compute-turn.js";
import type { Deadline } from "./deadline.js";
import { revive } from "./flat-error.js";
import type { FromWorker, JobMessage, ToWorker } from "./protocol.js";

export interface JobBudget {
  /** Milliseconds one file may take to load and judge (port calls excluded). */
  fileMs: number;
  /** Milliseconds the whole job may take, port calls included; none: no deadline. */
  totalMs?: number;
  /**
   * MiB the thread's heap may grow to (V8's old generation), outgrowing it stops the file judged;
   * none: V8's default, which on a large machine is gigabytes that the other installations'
   * evaluations then cannot have.
   */
  memoryMb?: number;
}

export interface RunningJob<J> {
  worker: Worker;
  message: JobMessage<J>;
  budget: JobBudget;
  ports: HeldPorts;
  /** The job's turn to compute, held from its start; given up while it waits on its ports. */
  turn: ComputeTurn;
  clock: Deadline;
  /** Done with the thread: `keep` when the job finished, so nothing of it still runs there. */
  release(worker: Worker, keep: boolean): void;
}

/**
 * The calling thread's side of one job on one thread: answers the worker's port calls, runs the
 * budget of the file it says it is on, and stops it (too-complex) when that file outlasts its
 * budget or the thread its memory, or rejects when the whole job outlasts its deadline.
 */
export function runJob<J, R>(job: RunningJob<J>): Promise<EvaluationOutcome<R>> {
  const { worker, budget, turn, clock, ports, release } = job;
  // Only the id is kept: the message (a pull request's files, up to 64 MiB) is the thread's once
  // posted, and this thread need not hold it while the job is judged.
  const { id: jobId } = job.message;
  const outcome = new Promise<EvaluationOutcome<R>>((resolve, reject) => {
    let fileTimer: NodeJS.Timeout | undefined;
    /** The file the worker said it was at last: the one a memory overrun is charged to. */
    let current: { path: string; bytes: number } | undefined;
    /** What the current file has spent of its budget before the timer last ran, and since when. */
    let spentMs = 0;
    let since = 0;
    /** Port calls asked and not yet answered: the file's budget stands still while any is. */
    let waiting = 0;
    const armFileTimer = () => {
      if (!current) return;
      const { path, bytes } = current;
      const budgetMs = budget.fileMs;
      since = performance.now();
      fileTimer = setTimeout(
        () => finish(() => resolve({ kind: "too-complex", file: path, bytes, budgetMs })),
        Math.max(0, budgetMs - spentMs),
      );
    };
    let settled = false;
    const finish = (outcome: () => void, keep = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(fileTimer);
      clock.stop();
      turn.end();
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      release(worker, keep);
      outcome();
    };
    clock.expired = () =>
      finish(() =>
        reject(
          new PortError(
            "network",
            `the evaluation did not finish within ${budget.totalMs! / 1000} s`,
          ),
        ),
      );
    clock.run();
    const post = (message: ToWorker<J>) => {
      if (!settled) worker.postMessage(message);
    };
    const onMessage = (message: FromWorker<R>) => {
      if (message.kind === "file") {
        clearTimeout(fileTimer);
        current = { path: message.path, bytes: message.bytes };
        spentMs = 0;
        if (waiting === 0) armFileTimer();
      } else if (message.kind === "port") {
        // Waiting on GitHub or Prometheus is not the file's time: its budget stands still until
        // the last call is answered, then runs on, so judging after an answer is bounded too.
        if (waiting++ === 0 && current) {
          clearTimeout(fileTimer);
          spentMs += performance.now() - since;
        }
        turn.asked();
        const { kind: _kind, id, ...call } = message;
        void answerPort(ports, id, call).then((reply) =>
          turn.answered(() => {
            post(reply);
            if (--waiting === 0 && !settled) armFileTimer();
          }),
        );
      } else if (message.kind === "idle") {
        if (message.job === jobId) turn.idle(message.received);
      } else if (message.kind === "done") {
        finish(() => resolve({ kind: "done", value: message.value }), true);
      } else {
        finish(() => reject(revive(message.error)));
      }
    };
    const onError = (error: Error) => {
      const memoryMb = budget.memoryMb;
      if (memoryMb !== undefined && current !== undefined && outOfMemory(error)) {
        const stopped = { file: current.path, bytes: current.bytes, memoryMb };
        finish(() => resolve({ kind: "too-complex", ...stopped }));
        return;
      }
      finish(() => reject(new Error(`the evaluation stopped: ${error.message}`, { cause: error })));
    };
    const onExit = (code: number) =>
      finish(() => reject(new Error(`the evaluation stopped: its thread exited (${code})`)));
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
  });
  // Posted here, not in a closure: no handler keeps `job`, and so its message, alive.
  worker.postMessage(job.message);
  return outcome;
}

/** Node's error when a worker's heap reaches its resourceLimits. */
function outOfMemory(error: Error): boolean {
  return (error as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY";
}
