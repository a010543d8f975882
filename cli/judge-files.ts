import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { withFindings } from "../core/build-report.js";
import type { ErrorBudgetFacts } from "../core/error-budget/facts.js";
import type { LiveFacts } from "../core/live/facts.js";
import type { PeopleFacts } from "../core/people/facts.js";
import { evaluate, itemIds, sloReadOptions, type ItemId } from "../core/evaluate.js";
import { loadItem } from "../core/load/load-item.js";
import { mergeReports } from "../core/merge-reports.js";
import type { ReadOptions } from "../core/parse/read-options.js";
import type { Policy } from "../core/policy/policy.js";
import type { ItemVerdict, Report } from "../core/report.js";
import { readSloFiles } from "../core/load/read-slo-files.js";
import { askThread } from "../thread/ask-thread.js";
import type { WorkerData } from "../thread/protocol.js";
import { startThread } from "../thread/start-thread.js";
import {
  JUDGE_WORKER_ROLE,
  JUDGE_WORKER_URL,
  type ItemsJob,
  type ItemsResult,
} from "./judge-worker.js";
import { readSource, type Boundary } from "../local/read-source.js";

/** Below this many files a worker's start-up costs more than it saves. */
const PARALLEL_FROM = 1500;
/**
 * Measured on a 2-vCPU machine with 10,000 items: two workers took 1.2 s against 0.85 s for one
 * thread, and even two processes, each judging half, took as long as one judging all (a pure CPU
 * loop does halve there; this allocation-heavy work does not). So workers start only where there
 * are at least this many cores.
 */
const PARALLEL_CORES = 4;

export interface FilesToJudge {
  /** Absolute paths of the item files to judge. */
  files: readonly string[];
  /** Absolute paths of the other item files, read only for their ids. */
  others: readonly string[];
  /** Absolute paths of the SLO files (policy `slo.files`); undefined: no cross-check. */
  sloFiles?: readonly string[];
  boundary: Boundary;
  policy: Policy;
  today: string;
  /** Build each item's views, for JSON and Markdown (see evaluate); default true. */
  views?: boolean;
  errorBudget?: ErrorBudgetFacts;
  live?: LiveFacts;
  /** What GitHub said of the items' handles (SPEC 9.3). */
  people?: PeopleFacts;
  /** How item files are read (e.g. without the fast reader), here and in every worker. */
  read?: ReadOptions;
}

/**
 * Reads and judges item files, spread over the machine's cores for large repositories: reading
 * and parsing are most of the cost, and each file parses on its own. Each worker reads its own
 * share (file contents never cross threads) in two rounds: it loads and sends back the ids it
 * found; then it judges knowing every id (uniqueness across files) and sends back its report.
 */
export async function judgeFiles(
  input: FilesToJudge & { views?: true },
  options?: { workers?: number },
): Promise<Report>;
export async function judgeFiles(
  input: FilesToJudge,
  options?: { workers?: number },
): Promise<Report<ItemVerdict>>;
export async function judgeFiles(
  input: FilesToJudge,
  options: { workers?: number } = {},
): Promise<Report<ItemVerdict>> {
  const cores = availableParallelism();
  const workers = options.workers ?? (cores >= PARALLEL_CORES ? Math.min(cores, 8) : 1);
  if (workers < 2 || input.files.length < PARALLEL_FROM) return judgeHere(input);
  const shares = split(input.files, workers);
  const threads = shares.map(() =>
    startThread(JUDGE_WORKER_URL, { role: JUDGE_WORKER_ROLE } satisfies WorkerData),
  );
  try {
    const { realpaths: _paths, stats: _stats, ...boundary } = input.boundary;
    const loaded = await Promise.all(
      threads.map((thread, i) =>
        ask(thread, {
          kind: "load",
          files: shares[i]!,
          boundary,
          policy: input.policy,
          read: input.read,
        }),
      ),
    );
    const others = input.others.map((path) =>
      loadItem(readSource(path, input.boundary), input.policy.limits.max_file_bytes, input.read),
    );
    const knownIds: ItemId[] = [...loaded.flat(), ...itemIds(others)];
    // SLO files are read once, here; workers get the SLOs, and their findings are added once.
    const slos = input.sloFiles
      ? readSloFiles(
          input.sloFiles.map((path) => readSource(path, input.boundary)),
          sloReadOptions(input.policy),
        )
      : undefined;
    const reports = await Promise.all(
      threads.map((thread) =>
        ask(thread, {
          kind: "judge",
          knownIds,
          today: input.today,
          views: input.views,
          errorBudget: input.errorBudget,
          live: input.live,
          people: input.people,
          sloCatalog: slos && { slos: slos.slos, findings: [] },
        }),
      ),
    );
    const merged = mergeReports(reports);
    return withFindings(merged, slos?.findings ?? []);
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

function judgeHere(input: FilesToJudge): Report<ItemVerdict> {
  return evaluate({
    files: input.files.map((path) => readSource(path, input.boundary)),
    others: input.others.map((path) => readSource(path, input.boundary)),
    sloFiles: input.sloFiles?.map((path) => readSource(path, input.boundary)),
    policy: input.policy,
    today: input.today,
    views: input.views,
    errorBudget: input.errorBudget,
    live: input.live,
    people: input.people,
    read: input.read,
  });
}

function split<T>(list: readonly T[], parts: number): T[][] {
  const size = Math.ceil(list.length / parts);
  return Array.from({ length: parts }, (_, i) => list.slice(i * size, (i + 1) * size));
}

/** One of a worker's jobs (thread/protocol.ts), its result typed by its kind. */
function ask<J extends ItemsJob>(worker: Worker, job: J): Promise<ItemsResult<J>> {
  return askThread<J, ItemsResult<J>>(worker, job);
}
