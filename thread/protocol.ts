import type { PrometheusErrorKind } from "../core/error-budget/prometheus-port.js";
import type { GitHubPort, PortErrorKind } from "../core/port.js";

/**
 * Every message between a thread that judges and the thread that started it: the surfaces'
 * evaluation threads (judge-thread.ts) and the CLI's judge workers (cli/judge-worker.ts) speak
 * this one protocol, generic in the jobs they take (`J`) and the results they give (`R`).
 *
 * A job goes in; the worker tells each file it starts (the file's budget runs from then), asks the
 * caller's ports (waiting on them is not a file's time), says when it has nothing to run but their
 * answers (so its turn to compute goes to another), and ends with its result or its error.
 */

/** What a thread is started with: its role tells the threads of one entry from any other. */
export interface WorkerData {
  role: string;
}

/** The caller's Prometheus port as the worker's proxy tells it (its queries cross back). */
export interface PrometheusLink {
  origin: string;
  timeoutMs: number;
}

/** An error carried between threads: which port's error class it was, and its kind. */
export type FlatError =
  | { source: "github"; kind?: PortErrorKind; message: string }
  | { source: "prometheus"; kind: PrometheusErrorKind; message: string }
  | { source?: undefined; message: string };

/** A call on one of the calling thread's ports. */
export type PortCall =
  | { port: "github"; method: keyof GitHubPort; args: unknown[] }
  | { port: "prometheus"; method: "instantQuery"; args: [query: string] };

export interface JobMessage<J> {
  kind: "job";
  /** Tells this job's idle reports from a previous job's on a reused thread. */
  id: number;
  job: J;
  /** Whether the calling thread holds a Prometheus port, and what the worker's proxy tells. */
  prometheus?: PrometheusLink;
}

export type ToWorker<J> =
  | JobMessage<J>
  | { kind: "port-reply"; id: number; value: unknown }
  | { kind: "port-error"; id: number; error: FlatError };

export type FromWorker<R> =
  | ({ kind: "port"; id: number } & PortCall)
  /** The worker starts on this file, of this many bytes: its budget runs from now. */
  | { kind: "file"; path: string; bytes: number }
  | { kind: "done"; value: R }
  | { kind: "error"; error: FlatError }
  /** The thread has nothing to run until a port answers; it had `received` answers by then. */
  | { kind: "idle"; job: number; received: number };
