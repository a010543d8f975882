import { availableParallelism } from "node:os";
import { isMainThread, parentPort, workerData, type MessagePort } from "node:worker_threads";
import { issueChecklists } from "../core/checklist/issue-checklists.js";
import { trackingIssues } from "../core/checklist/tracking-issues.js";
import { evaluateWithBudget } from "../core/with-budget/evaluate-with-budget.js";
import {
  PrometheusError,
  type PrometheusErrorKind,
  type PrometheusPort,
} from "../core/error-budget/prometheus-port.js";
import type { EvaluationJob, EvaluationOutcome, JobResult } from "../core/gate/job.js";
import { PortError, type GitHubPort, type PortErrorKind, type RemoteFile } from "../core/port.js";
import { evaluatePullRequest } from "../core/pull-request/evaluate-pull-request.js";
import type { SourceFile } from "../core/source.js";
import { ComputeTurn } from "./compute-turn.js";
import { FairSlots } from "./fair-slots.js";
import { startThread } from "./start-thread.js";
import { ThreadPool } from "./thread-pool.js";

/**
 * Judging where it can be stopped. The engine is synchronous and cannot interrupt itself in the
 * middle of a file, so the App and the Action run each evaluation in a worker thread of its own
 * (one at a time per thread; a thread that finished is kept for the next, see thread-pool.ts)
 * and terminate the thread when a file takes longer than its budget, or the thread outgrows its
 * memory (both reported as `too-complex`), or the whole evaluation outlasts its deadline. The
 * App's event loop stays free meanwhile: it answers webhooks and completes other installations'
 * checks. GitHub and Prometheus calls stay on the calling thread: the worker reaches both ports
 * through messages, and waiting on either is not a file's time.
 *
 * Like the CLI's judge workers, a worker runs this very module (see start-thread.ts); the role
 * tells this module's threads from any other.
 */
const ROLE = "roadmap-gate:evaluation";

export type { EvaluationJob, EvaluationOutcome, JobResult } from "../core/gate/job.js";

export interface EvaluationBudget {
  /** Milliseconds one file may take to load and judge (GitHub calls excluded). */
  fileMs: number;
  /** Milliseconds the whole evaluation may take, GitHub calls included; none: no deadline. */
  totalMs?: number;
  /**
   * MiB the thread's heap may grow to (V8's old generation); none: V8's default, which on a
   * large machine is gigabytes that the other installations' evaluations then cannot have.
   */
  memoryMb?: number;
}

export interface ThreadOptions {
  budget: EvaluationBudget;
  /** For pull request jobs: the port the worker's requests are answered from. */
  port?: GitHubPort;
  /** Prometheus, for the error-budget gate: the worker's queries are answered from it. */
  prometheus?: PrometheusPort;
  /** Test only: the worker never finishes this file (ROADMAP_GATE_TEST_STALL_FILE). */
  stallOn?: string;
  /**
   * Whose turn the evaluation waits for when every thread is busy (the App: the installation);
   * the queues of different keys take turns. Default: one shared queue.
   */
  queue?: string;
}

/** An error carried between threads: which port's error class it was, and its kind. */
type FlatError =
  | { source: "github"; kind?: PortErrorKind; message: string }
  | { source: "prometheus"; kind: PrometheusErrorKind; message: string }
  | { source?: undefined; message: string };

/** A job for a thread, and what it needs besides (see WorkerData's old fields). */
interface JobMessage {
  kind: "job";
  /** Tells this job's idle reports from a previous job's on a reused thread. */
  id: number;
  job: EvaluationJob;
  /** Whether the calling thread holds a Prometheus port, and what the worker's proxy tells. */
  prometheus?: { origin: string; timeoutMs: number };
  stallOn?: string;
}

type ToWorker =
  | JobMessage
  | { kind: "port-reply"; id: number; value: unknown }
  | { kind: "port-error"; id: number; error: FlatError };

/** A call on one of the calling thread's ports. */
type PortCall =
  | { port: "github"; method: keyof GitHubPort; args: unknown[] }
  | { port: "prometheus"; method: "instantQuery"; args: [query: string] };

type FromWorker =
  | ({ kind: "port"; id: number } & PortCall)
  | { kind: "file"; path: string }
  | { kind: "done"; value: unknown }
  | { kind: "error"; error: FlatError }
  /** The thread has nothing to run until a port answers; it had `received` answers by then. */
  | { kind: "idle"; job: number; received: number };

interface WorkerData {
  role: typeof ROLE;
}

/** Far beyond what judging a well-formed item takes, far short of a stall. */
const DEFAULT_FILE_MS = 10_000;

/**
 * Several times what the hardest 1 MiB file takes (about 250 MiB in the CLI) and what 10,000
 * items take, yet a quarter of what V8 would give a thread on a large machine.
 */
const DEFAULT_MEMORY_MB = 1024;

/**
 * The budget a file gets (ROADMAP_GATE_FILE_BUDGET_MS, default 10 s), the memory an evaluation's
 * thread may use (ROADMAP_GATE_THREAD_MEMORY_MB, default 1024) and, for tests only, a file whose
 * judging never ends (ROADMAP_GATE_TEST_STALL_FILE): read by each surface from its environment.
 */
export function threadSettings(env: Record<string, string | undefined>): {
  fileMs: number;
  memoryMb: number;
  stallOn?: string;
} {
  return {
    fileMs: positive(env.ROADMAP_GATE_FILE_BUDGET_MS) ?? DEFAULT_FILE_MS,
    memoryMb: positive(env.ROADMAP_GATE_THREAD_MEMORY_MB) ?? DEFAULT_MEMORY_MB,
    stallOn: env.ROADMAP_GATE_TEST_STALL_FILE || undefined,
  };
}

function positive(text: string | undefined): number | undefined {
  const value = Number(text);
  return text && value > 0 ? value : undefined;
}

if (!isMainThread && parentPort && (workerData as WorkerData | undefined)?.role === ROLE)
  serve(parentPort);

/** This module's threads, kept warm between jobs (thread-pool.ts). */
const pool = new ThreadPool((memoryMb) =>
  startThread(
    import.meta.url,
    { role: ROLE } satisfies WorkerData,
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
 * At most this many evaluations hold a thread at once (ROADMAP_GATE_MAX_THREADS; default four per
 * core): each thread may grow to its memory limit, so 16 events at once must not start 16. An idle
 * thread with the engine loaded takes about 20 MiB. The others wait their installation's turn
 * (fair-slots.ts).
 */
const threads = new FairSlots(positive(process.env.ROADMAP_GATE_MAX_THREADS) ?? 4 * cores);

/**
 * Changes how many evaluations may hold a thread, and how many compute, at once (tests, and
 * surfaces that know better). Computing stays at most the threads.
 */
export function limitEvaluationThreads(
  limit: number,
  computingLimit = Math.min(limit, cores),
): void {
  threads.setLimit(limit);
  computing.setLimit(Math.min(limit, computingLimit));
}

let jobs = 0;

/**
 * Runs `job` in a thread of its own, within `options.budget`, once a thread is free and it has a
 * turn to compute. Its deadline counts from then, and stands still while it waits for a turn again
 * after its ports answered: time queued behind other installations is not its own. A thread that
 * finished its job is kept for the next; one stopped (out of time or memory) or that failed is
 * ended.
 */
export async function evaluateInThread<J extends EvaluationJob>(
  job: J,
  options: ThreadOptions,
): Promise<EvaluationOutcome<JobResult<J>>> {
  const key = options.queue ?? "";
  const release = await threads.acquire(key);
  try {
    return await runInThread(job, options, key);
  } finally {
    release();
  }
}

async function runInThread<J extends EvaluationJob>(
  job: J,
  options: ThreadOptions,
  key: string,
): Promise<EvaluationOutcome<JobResult<J>>> {
  const clock = deadline(options.budget.totalMs);
  const turn = new ComputeTurn(computing, key, clock);
  await turn.start();
  const id = ++jobs;
  const sizes = new Map<string, number>();
  for (const file of jobFiles(job)) sizes.set(file.path, byteSize(file));
  const prometheus = options.prometheus;
  const memoryMb = options.budget.memoryMb;
  const worker = pool.acquire(memoryMb);
  return new Promise<EvaluationOutcome<JobResult<J>>>((resolve, reject) => {
    let fileTimer: NodeJS.Timeout | undefined;
    /** The file the worker said it was at last: the one a memory overrun is charged to. */
    let current: string | undefined;
    let settled = false;
    /** Done with the thread: kept only when its job finished, so nothing of it still runs there. */
    const finish = (outcome: () => void, keep = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(fileTimer);
      clock.stop();
      turn.end();
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (keep) pool.release(worker, memoryMb);
      else void worker.terminate();
      outcome();
    };
    const totalMs = options.budget.totalMs;
    clock.expired = () =>
      finish(() =>
        reject(
          new PortError("network", `the evaluation did not finish within ${totalMs! / 1000} s`),
        ),
      );
    clock.run();
    const post = (message: ToWorker) => {
      if (!settled) worker.postMessage(message);
    };
    const onMessage = (message: FromWorker) => {
      if (message.kind === "file") {
        clearTimeout(fileTimer);
        const { path } = message;
        current = path;
        const budgetMs = options.budget.fileMs;
        fileTimer = setTimeout(() => {
          const bytes = sizes.get(path) ?? 0;
          finish(() => resolve({ kind: "too-complex", file: path, bytes, budgetMs }));
        }, budgetMs);
      } else if (message.kind === "port") {
        // Waiting on GitHub or Prometheus is not the file's time.
        clearTimeout(fileTimer);
        turn.asked();
        void answerPort(options, message, sizes).then((reply) => turn.answered(() => post(reply)));
      } else if (message.kind === "idle") {
        if (message.job === id) turn.idle(message.received);
      } else if (message.kind === "done") {
        finish(() => resolve({ kind: "done", value: message.value as JobResult<J> }), true);
      } else {
        finish(() => reject(revive(message.error)));
      }
    };
    const onError = (error: Error) => {
      if (memoryMb !== undefined && current !== undefined && outOfMemory(error)) {
        const stopped = { file: current, bytes: sizes.get(current) ?? 0, memoryMb };
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
    worker.postMessage({
      kind: "job",
      id,
      job,
      prometheus: prometheus && { origin: prometheus.origin, timeoutMs: prometheus.timeoutMs },
      stallOn: options.stallOn,
    } satisfies JobMessage);
  });
}

/** The evaluation's deadline: a timer that stands still between `stop` and `run`. */
function deadline(totalMs: number | undefined): {
  expired?: () => void;
  run(): void;
  stop(): void;
} {
  let left = totalMs ?? Infinity;
  let since: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const clock = {
    expired: undefined as (() => void) | undefined,
    run() {
      if (since !== undefined || left === Infinity) return;
      since = performance.now();
      timer = setTimeout(() => clock.expired?.(), Math.max(0, left));
    },
    stop() {
      if (since === undefined) return;
      clearTimeout(timer);
      left -= performance.now() - since;
      since = undefined;
    },
  };
  return clock;
}

/** Node's error when a worker's heap reaches its resourceLimits. */
function outOfMemory(error: Error): boolean {
  return (error as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY";
}

async function answerPort(
  options: Pick<ThreadOptions, "port" | "prometheus">,
  message: Extract<FromWorker, { kind: "port" }>,
  sizes: Map<string, number>,
): Promise<ToWorker> {
  try {
    if (message.port === "prometheus") {
      if (!options.prometheus) throw new Error("this evaluation has no Prometheus port");
      const value = await options.prometheus.instantQuery(...message.args);
      return { kind: "port-reply", id: message.id, value };
    }
    const port = options.port;
    if (!port) throw new Error("this evaluation has no GitHub port");
    const method = port[message.method] as (...args: unknown[]) => Promise<unknown>;
    const value = await method.apply(port, message.args);
    // A file read at the head and at the base has the head's size: the file judged by that name.
    for (const file of remoteFiles(message.method, value))
      if (file && !sizes.has(file.path)) sizes.set(file.path, file.byteSize);
    return { kind: "port-reply", id: message.id, value };
  } catch (error) {
    return { kind: "port-error", id: message.id, error: flatten(error) };
  }
}

function* remoteFiles(method: keyof GitHubPort, value: unknown): Iterable<RemoteFile | null> {
  if (method === "readFiles") yield* (value as Map<string, RemoteFile | null>).values();
  if (method === "readFilesAndBlobIds") {
    const read = value as {
      files: Map<string, RemoteFile | null>;
      alsoFiles?: Map<string, RemoteFile | null>;
    };
    yield* read.files.values();
    if (read.alsoFiles) yield* read.alsoFiles.values();
  }
}

/** Every file a job was handed (items, files read for their ids, SLO files), for their sizes. */
function jobFiles(job: EvaluationJob): readonly SourceFile[] {
  if (job.kind === "files")
    return [...job.input.files, ...(job.input.others ?? []), ...(job.input.sloFiles ?? [])];
  if (job.kind === "checklists")
    return [...job.input.items, ...job.input.others, ...(job.input.sloFiles ?? [])];
  if (job.kind === "tracking-issues") return job.files;
  return [];
}

function byteSize(file: SourceFile): number {
  return typeof file.content === "string"
    ? Buffer.byteLength(file.content, "utf8")
    : file.content.byteLength;
}

function flatten(error: unknown): FlatError {
  if (error instanceof PortError)
    return { source: "github", kind: error.kind, message: error.message };
  if (error instanceof PrometheusError)
    return { source: "prometheus", kind: error.kind, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The error as its port threw it, so that callers tell GitHub's and Prometheus's apart. */
function revive(error: FlatError): Error {
  if (error.source === "prometheus") return new PrometheusError(error.kind, error.message);
  if (error.source === "github" && error.kind) return new PortError(error.kind, error.message);
  return new Error(error.message);
}

// ---- In the worker ----

/** A thread's side: runs each job it is given, one at a time, and asks its ports of the caller. */
function serve(parent: MessagePort): void {
  const waiting: Waiting = new Map();
  const state = { job: 0, received: 0, reporting: false };
  // Once this macrotask and its microtasks are done, whether the thread waits on its ports only.
  const reportIdle = () => {
    if (state.reporting) return;
    state.reporting = true;
    setImmediate(() => {
      state.reporting = false;
      if (waiting.size > 0)
        parent.postMessage({
          kind: "idle",
          job: state.job,
          received: state.received,
        } satisfies FromWorker);
    });
  };
  parent.on("message", (message: ToWorker) => {
    if (message.kind === "job") {
      state.job = message.id;
      state.received = 0;
      run(parent, message, waiting, reportIdle);
      return;
    }
    state.received++;
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.kind === "port-reply") pending?.resolve(message.value);
    else pending?.reject(revive(message.error));
    reportIdle();
  });
}

let nextCall = 0;

function run(
  parent: MessagePort,
  data: JobMessage,
  waiting: Waiting,
  reportIdle: () => void,
): void {
  const onFile = (path: string) => {
    parent.postMessage({ kind: "file", path } satisfies FromWorker);
    if (path === data.stallOn) stall();
  };
  const job = data.job;
  const ask: Ask = (call) =>
    new Promise((resolve, reject) => {
      const id = nextCall++;
      waiting.set(id, { resolve, reject });
      parent.postMessage({ kind: "port", id, ...call } satisfies FromWorker);
      reportIdle();
    });
  const prometheus = data.prometheus && proxyPrometheus(ask, data.prometheus);
  const work =
    job.kind === "pull-request"
      ? evaluatePullRequest({
          ...job.run,
          port: proxyPort(ask, job.owner, job.repo),
          prometheus,
          onFile,
        })
      : job.kind === "files"
        ? evaluateWithBudget(
            { ...job.input, onFile },
            prometheus,
            job.people && {
              port: proxyPort(ask, job.people.owner, job.people.repo),
              ownerIsOrg: job.people.ownerIsOrg,
            },
          )
        : Promise.resolve().then(() => {
            if (job.kind === "checklists") return issueChecklists({ ...job.input, onFile });
            return trackingIssues(job.files, job.policy, onFile, job.read);
          });
  work.then(
    (value) => parent.postMessage({ kind: "done", value } satisfies FromWorker),
    (error: unknown) =>
      parent.postMessage({ kind: "error", error: flatten(error) } satisfies FromWorker),
  );
}

type Waiting = Map<number, { resolve(value: unknown): void; reject(error: Error): void }>;

type Ask = (call: PortCall) => Promise<unknown>;

/** A Prometheus port whose queries the calling thread makes, which holds the real one. */
function proxyPrometheus(ask: Ask, link: { origin: string; timeoutMs: number }): PrometheusPort {
  return {
    origin: link.origin,
    timeoutMs: link.timeoutMs,
    instantQuery: (query) =>
      ask({ port: "prometheus", method: "instantQuery", args: [query] }) as ReturnType<
        PrometheusPort["instantQuery"]
      >,
  };
}

/**
 * A port whose every method asks the calling thread, which holds the real one. `satisfies` makes
 * a method added to GitHubPort fail the typecheck here until it is forwarded too.
 */
function proxyPort(ask: Ask, owner: string, repo: string): GitHubPort {
  const call =
    (method: keyof GitHubPort) =>
    (...args: unknown[]) =>
      ask({ port: "github", method, args });
  const port = {
    owner,
    repo,
    readFiles: call("readFiles"),
    readFilesAndBlobIds: call("readFilesAndBlobIds"),
    blobIds: call("blobIds"),
    readRawFile: call("readRawFile"),
    listPaths: call("listPaths"),
    tree: call("tree"),
    mergeBase: call("mergeBase"),
    pullRequest: call("pullRequest"),
    openPullRequestsAt: call("openPullRequestsAt"),
    mergeQueue: call("mergeQueue"),
    pullRequestFiles: call("pullRequestFiles"),
    compareFiles: call("compareFiles"),
    reviews: call("reviews"),
    issue: call("issue"),
    issueComments: call("issueComments"),
    createIssueComment: call("createIssueComment"),
    updateIssueComment: call("updateIssueComment"),
    deleteIssueComment: call("deleteIssueComment"),
    permission: call("permission"),
    isTeamMember: call("isTeamMember"),
    account: call("account"),
    orgMembership: call("orgMembership"),
    teamExists: call("teamExists"),
  } satisfies Record<keyof GitHubPort, unknown>;
  return port as GitHubPort;
}

/** A file that never finishes, as an exponential pattern would: the test of the budget. */
function stall(): void {
  for (;;) if (Date.now() < 0) return;
}
