import { isMainThread, parentPort, workerData, type MessagePort } from "node:worker_threads";
import { flatten, revive } from "./flat-error.js";
import type {
  FromWorker,
  JobMessage,
  PortCall,
  PrometheusLink,
  ToWorker,
  WorkerData,
} from "./protocol.js";

/** What a job is given in the worker besides its own data. */
export interface JobTools {
  /** Tells the caller the job starts on this file, of this many bytes (its budget runs from now). */
  file(path: string, bytes: number): void;
  /** Asks one of the caller's ports; resolves with its answer, or rejects with its error. */
  ask(call: PortCall): Promise<unknown>;
  /** The caller's Prometheus port, when it holds one. */
  prometheus?: PrometheusLink;
}

/** Runs one job in the worker: its result is posted back as it is (structured clone). */
export type RunJob<J, R> = (job: J, tools: JobTools) => R | Promise<R>;

/**
 * The worker's side of the protocol, when this thread was started for `role`: each job it is
 * given runs in turn (`makeRun` is called once per thread, so a job may leave state for the next,
 * as the CLI's two rounds do). Called at the top level of an entry module, which its threads run.
 */
export function serveJobsAs<J, R>(role: string, makeRun: () => RunJob<J, R>): void {
  if (isMainThread || !parentPort) return;
  if ((workerData as WorkerData | undefined)?.role !== role) return;
  serveJobs(parentPort, makeRun());
}

type Waiting = Map<number, { resolve(value: unknown): void; reject(error: Error): void }>;

let nextCall = 0;

function serveJobs<J, R>(parent: MessagePort, run: RunJob<J, R>): void {
  const post = (message: FromWorker<R>) => parent.postMessage(message);
  const waiting: Waiting = new Map();
  const state = { job: 0, received: 0, reporting: false };
  // Once this macrotask and its microtasks are done, whether the thread waits on its ports only.
  const reportIdle = () => {
    if (state.reporting) return;
    state.reporting = true;
    setImmediate(() => {
      state.reporting = false;
      if (waiting.size > 0) post({ kind: "idle", job: state.job, received: state.received });
    });
  };
  const ask = (call: PortCall) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextCall++;
      waiting.set(id, { resolve, reject });
      post({ kind: "port", id, ...call });
      reportIdle();
    });
  const start = (message: JobMessage<J>) => {
    state.job = message.id;
    state.received = 0;
    const tools: JobTools = {
      file: (path, bytes) => post({ kind: "file", path, bytes }),
      ask,
      prometheus: message.prometheus,
    };
    Promise.resolve()
      .then(() => run(message.job, tools))
      .then(
        (value) => post({ kind: "done", value }),
        (error: unknown) => post({ kind: "error", error: flatten(error) }),
      );
  };
  parent.on("message", (message: ToWorker<J>) => {
    if (message.kind === "job") return start(message);
    state.received++;
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.kind === "port-reply") pending?.resolve(message.value);
    else pending?.reject(revive(message.error));
    reportIdle();
  });
}
