import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { evaluate, itemIds, type EvaluateInput, type ItemId } from "../core/evaluate.js";
import { loadItem } from "../core/item/load-item.js";
import { mergeReports } from "../core/merge-reports.js";
import type { Report } from "../core/report.js";
import type { SourceFile } from "../core/source.js";
import type { WorkerReply, WorkerRequest } from "./evaluate-worker.js";

/** Below this many files a worker's start-up costs more than it saves. */
const PARALLEL_FROM = 1500;
/**
 * Measured on a 2-vCPU machine, two workers were slower than one thread (cloning files and
 * reports, and the second vCPU adding little); from 4 cores on, parsing in parallel pays.
 */
const PARALLEL_CORES = 4;

/**
 * The engine's `evaluate`, spread over the machine's cores for large repositories: parsing is
 * most of the cost and each file parses on its own. Two rounds: every worker loads its share and
 * sends back the ids it found; then each judges its share knowing every id (uniqueness across files).
 */
export async function evaluateInParallel(
  input: EvaluateInput,
  options: { workers?: number } = {},
): Promise<Report> {
  const cores = options.workers ?? Math.min(availableParallelism(), 8);
  if (cores < 2 || (options.workers === undefined && cores < PARALLEL_CORES))
    return evaluate(input);
  if (input.files.length < PARALLEL_FROM) return evaluate(input);
  const shares = split(input.files, cores);
  const workers = shares.map(() => new Worker(new URL("./evaluate-worker.js", import.meta.url)));
  try {
    const ids = await Promise.all(
      workers.map((worker, i) =>
        ask(worker, { kind: "load", files: shares[i]!, policy: input.policy }),
      ),
    );
    const knownIds: ItemId[] = ids.flatMap((reply) => (reply.kind === "ids" ? reply.ids : []));
    const otherIds = evaluateIdsOf(input.others ?? [], input);
    const reports = await Promise.all(
      workers.map((worker) =>
        ask(worker, { kind: "judge", knownIds: [...knownIds, ...otherIds], today: input.today }),
      ),
    );
    return mergeReports(
      reports.map((reply) => (reply.kind === "report" ? reply.report : fail(reply))),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function evaluateIdsOf(files: readonly SourceFile[], input: EvaluateInput): ItemId[] {
  // The other files are few (the policy's items outside the paths asked for): read them here.
  return itemIds(files.map((file) => loadItem(file, input.policy.limits.max_file_bytes)));
}

function split<T>(list: readonly T[], parts: number): T[][] {
  const size = Math.ceil(list.length / parts);
  return Array.from({ length: parts }, (_, i) => list.slice(i * size, (i + 1) * size));
}

function ask(worker: Worker, request: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) =>
      reject(new Error("An evaluation worker failed", { cause: error }));
    worker.once("error", onError);
    worker.once("message", (reply: WorkerReply) => {
      worker.off("error", onError);
      resolve(reply);
    });
    worker.postMessage(request);
  });
}

function fail(reply: WorkerReply): never {
  throw new Error(
    `An evaluation worker failed: ${reply.kind === "error" ? reply.message : reply.kind}`,
  );
}
