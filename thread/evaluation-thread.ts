import { isMainThread, parentPort, workerData, type MessagePort } from "node:worker_threads";
import type { ItemChecklist } from "../core/checklist/checklist.js";
import { issueChecklists, type IssueChecklistInput } from "../core/checklist/issue-checklists.js";
import { trackingIssues } from "../core/checklist/tracking-issues.js";
import { evaluate, type EvaluateInput } from "../core/evaluate.js";
import type { Policy } from "../core/policy/policy.js";
import { PortError, type GitHubPort, type PortErrorKind, type RemoteFile } from "../core/port.js";
import {
  evaluatePullRequest,
  type PullRequestResult,
  type PullRequestRun,
} from "../core/pull-request/evaluate-pull-request.js";
import type { Report } from "../core/report.js";
import type { SourceFile } from "../core/source.js";
import { startThread } from "./start-thread.js";

/**
 * Judging where it can be stopped. The engine is synchronous and cannot interrupt itself in the
 * middle of a file, so the App and the Action run each evaluation in a worker thread of its own
 * and terminate the thread when a file takes longer than its budget (reported as `too-complex`)
 * or the whole evaluation outlasts its deadline. The App's event loop stays free meanwhile: it
 * answers webhooks and completes other installations' checks. GitHub calls stay on the calling
 * thread: the worker reaches the port through messages.
 *
 * Like the CLI's judge workers, a worker runs this very module (see start-thread.ts); the role
 * tells this module's threads from any other.
 */
const ROLE = "roadmap-gate:evaluation";

/** What to judge: a pull request (files through the port) or files already read. */
export type EvaluationJob =
  | { kind: "pull-request"; owner: string; repo: string; run: Omit<PullRequestRun, "port"> }
  | { kind: "files"; input: Omit<EvaluateInput, "onFile"> }
  /** The App's issue checklists: the checklists of an issue's items, and which issue items name. */
  | { kind: "checklists"; input: Omit<IssueChecklistInput, "onFile"> }
  | { kind: "tracking-issues"; files: SourceFile[]; policy: Policy };

/** What a job gives when it is done. */
export type JobResult<J extends EvaluationJob> = J extends { kind: "pull-request" }
  ? PullRequestResult
  : J extends { kind: "files" }
    ? Report
    : J extends { kind: "checklists" }
      ? ItemChecklist[]
      : Record<string, number>;

export interface EvaluationBudget {
  /** Milliseconds one file may take to load and judge (GitHub calls excluded). */
  fileMs: number;
  /** Milliseconds the whole evaluation may take, GitHub calls included; none: no deadline. */
  totalMs?: number;
}

export type EvaluationOutcome<T> =
  | { kind: "done"; value: T }
  /** Stopped while judging `file`; nothing else was judged. */
  | { kind: "too-complex"; file: string; bytes: number; budgetMs: number };

export interface ThreadOptions {
  budget: EvaluationBudget;
  /** For pull request jobs: the port the worker's requests are answered from. */
  port?: GitHubPort;
  /** Test only: the worker never finishes this file (ROADMAP_GATE_TEST_STALL_FILE). */
  stallOn?: string;
}

type ToWorker =
  | { kind: "port-reply"; id: number; value: unknown }
  | { kind: "port-error"; id: number; error: { kind?: PortErrorKind; message: string } };

type FromWorker =
  | { kind: "port"; id: number; method: keyof GitHubPort; args: unknown[] }
  | { kind: "file"; path: string }
  | { kind: "done"; value: unknown }
  | { kind: "error"; error: { kind?: PortErrorKind; message: string } };

interface WorkerData {
  role: typeof ROLE;
  job: EvaluationJob;
  stallOn?: string;
}

/** Far beyond what judging a well-formed item takes, far short of a stall. */
const DEFAULT_FILE_MS = 10_000;

/**
 * The budget a file gets (ROADMAP_GATE_FILE_BUDGET_MS, default 10 s) and, for tests only, a file
 * whose judging never ends (ROADMAP_GATE_TEST_STALL_FILE): read by each surface from its environment.
 */
export function threadSettings(env: Record<string, string | undefined>): {
  fileMs: number;
  stallOn?: string;
} {
  const ms = Number(env.ROADMAP_GATE_FILE_BUDGET_MS);
  return {
    fileMs: env.ROADMAP_GATE_FILE_BUDGET_MS && ms > 0 ? ms : DEFAULT_FILE_MS,
    stallOn: env.ROADMAP_GATE_TEST_STALL_FILE || undefined,
  };
}

if (!isMainThread && parentPort && (workerData as WorkerData | undefined)?.role === ROLE)
  serve(parentPort, workerData as WorkerData);

/** Runs `job` in a thread of its own, within `options.budget`. */
export function evaluateInThread<J extends EvaluationJob>(
  job: J,
  options: ThreadOptions,
): Promise<EvaluationOutcome<JobResult<J>>> {
  const sizes = new Map<string, number>();
  for (const file of jobFiles(job)) sizes.set(file.path, byteSize(file));
  const worker = startThread(import.meta.url, {
    role: ROLE,
    job,
    stallOn: options.stallOn,
  } satisfies WorkerData);
  return new Promise<EvaluationOutcome<JobResult<J>>>((resolve, reject) => {
    let fileTimer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(fileTimer);
      clearTimeout(totalTimer);
      void worker.terminate();
      outcome();
    };
    const totalMs = options.budget.totalMs;
    const totalTimer =
      totalMs === undefined
        ? undefined
        : setTimeout(
            () =>
              finish(() =>
                reject(
                  new PortError(
                    "network",
                    `the evaluation did not finish within ${totalMs / 1000} s`,
                  ),
                ),
              ),
            totalMs,
          );
    const post = (message: ToWorker) => {
      if (!settled) worker.postMessage(message);
    };
    worker.on("message", (message: FromWorker) => {
      if (message.kind === "file") {
        clearTimeout(fileTimer);
        const { path } = message;
        const budgetMs = options.budget.fileMs;
        fileTimer = setTimeout(() => {
          const bytes = sizes.get(path) ?? 0;
          finish(() => resolve({ kind: "too-complex", file: path, bytes, budgetMs }));
        }, budgetMs);
      } else if (message.kind === "port") {
        // Waiting on GitHub is not the file's time.
        clearTimeout(fileTimer);
        void answerPort(options.port, message, sizes).then(post);
      } else if (message.kind === "done") {
        finish(() => resolve({ kind: "done", value: message.value as JobResult<J> }));
      } else {
        finish(() => reject(revive(message.error)));
      }
    });
    worker.on("error", (error) =>
      finish(() => reject(new Error(`the evaluation stopped: ${error.message}`, { cause: error }))),
    );
    worker.on("exit", (code) =>
      finish(() => reject(new Error(`the evaluation stopped: its thread exited (${code})`))),
    );
  });
}

async function answerPort(
  port: GitHubPort | undefined,
  message: Extract<FromWorker, { kind: "port" }>,
  sizes: Map<string, number>,
): Promise<ToWorker> {
  try {
    if (!port) throw new Error("this evaluation has no GitHub port");
    const method = port[message.method] as (...args: unknown[]) => Promise<unknown>;
    const value = await method.apply(port, message.args);
    for (const file of remoteFiles(message.method, value))
      if (file) sizes.set(file.path, file.byteSize);
    return { kind: "port-reply", id: message.id, value };
  } catch (error) {
    return { kind: "port-error", id: message.id, error: flatten(error) };
  }
}

function remoteFiles(method: keyof GitHubPort, value: unknown): Iterable<RemoteFile | null> {
  if (method === "readFiles") return (value as Map<string, RemoteFile | null>).values();
  if (method === "readFilesAndBlobIds")
    return (value as { files: Map<string, RemoteFile | null> }).files.values();
  return [];
}

function jobFiles(job: EvaluationJob): readonly SourceFile[] {
  if (job.kind === "files") return [...job.input.files, ...(job.input.others ?? [])];
  if (job.kind === "checklists") return [...job.input.items, ...job.input.others];
  if (job.kind === "tracking-issues") return job.files;
  return [];
}

function byteSize(file: SourceFile): number {
  return typeof file.content === "string"
    ? Buffer.byteLength(file.content, "utf8")
    : file.content.byteLength;
}

function flatten(error: unknown): { kind?: PortErrorKind; message: string } {
  if (error instanceof PortError) return { kind: error.kind, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

function revive(error: { kind?: PortErrorKind; message: string }): Error {
  return error.kind ? new PortError(error.kind, error.message) : new Error(error.message);
}

// ---- In the worker ----

function serve(parent: MessagePort, data: WorkerData): void {
  const onFile = (path: string) => {
    parent.postMessage({ kind: "file", path } satisfies FromWorker);
    if (path === data.stallOn) stall();
  };
  const job = data.job;
  const work =
    job.kind === "pull-request"
      ? evaluatePullRequest({ ...job.run, port: proxyPort(parent, job.owner, job.repo), onFile })
      : Promise.resolve().then(() => {
          if (job.kind === "files") return evaluate({ ...job.input, onFile });
          if (job.kind === "checklists") return issueChecklists({ ...job.input, onFile });
          return trackingIssues(job.files, job.policy, onFile);
        });
  work.then(
    (value) => parent.postMessage({ kind: "done", value } satisfies FromWorker),
    (error: unknown) =>
      parent.postMessage({ kind: "error", error: flatten(error) } satisfies FromWorker),
  );
}

/** A port whose every method asks the calling thread, which holds the real one. */
function proxyPort(parent: MessagePort, owner: string, repo: string): GitHubPort {
  let next = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  parent.on("message", (message: ToWorker) => {
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.kind === "port-reply") pending?.resolve(message.value);
    else pending?.reject(revive(message.error));
  });
  const ask =
    (method: keyof GitHubPort) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        parent.postMessage({ kind: "port", id, method, args } satisfies FromWorker);
      });
  return {
    owner,
    repo,
    readFiles: ask("readFiles"),
    readFilesAndBlobIds: ask("readFilesAndBlobIds"),
    blobIds: ask("blobIds"),
    listPaths: ask("listPaths"),
    pullRequestFiles: ask("pullRequestFiles"),
    reviews: ask("reviews"),
    permission: ask("permission"),
    isTeamMember: ask("isTeamMember"),
  } as GitHubPort;
}

/** A file that never finishes, as an exponential pattern would: the test of the budget. */
function stall(): void {
  for (;;) if (Date.now() < 0) return;
}
