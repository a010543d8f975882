import { evaluateLoaded, itemIds, type ItemId } from "../core/evaluate.js";
import type { PeopleFacts } from "../core/people/facts.js";
import type { ErrorBudgetFacts } from "../core/error-budget/facts.js";
import type { LiveFacts } from "../core/live/facts.js";
import { loadItem, type LoadedItem } from "../core/load/load-item.js";
import type { ReadOptions } from "../core/parse/read-options.js";
import type { Policy } from "../core/policy/policy.js";
import type { ItemVerdict, Report } from "../core/report.js";
import type { SloCatalog } from "../core/slo/slo.js";
import { serveJobsAs, type RunJob } from "../thread/serve-jobs.js";
import { readSource, type Boundary } from "../local/read-source.js";

/**
 * The entry of the CLI's judge workers (judge-files.ts), which speak the evaluation threads'
 * protocol (thread/protocol.ts) with jobs of their own: a worker reads its share of the files and
 * gives back the ids it found (`load`), then judges them knowing every id (`judge`), the loaded
 * items kept in between. Its URL is the module the threads run: this file from the sources or
 * lib/, the whole bin/cli.cjs in the bundle (which runs nothing at load).
 */
export const JUDGE_WORKER_URL = import.meta.url;

/** Tells this entry's threads from any other thread that imports this module. */
export const JUDGE_WORKER_ROLE = "roadmap-gate:judge";

export interface LoadJob {
  kind: "load";
  files: readonly string[];
  boundary: Boundary;
  policy: Policy;
  read?: ReadOptions;
}

export interface JudgeJob {
  kind: "judge";
  knownIds: readonly ItemId[];
  today: string;
  views?: boolean;
  errorBudget?: ErrorBudgetFacts;
  live?: LiveFacts;
  people?: PeopleFacts;
  sloCatalog?: SloCatalog;
}

export type ItemsJob = LoadJob | JudgeJob;

/** What each job gives back: the ids loaded, or the report. */
export type ItemsResult<J extends ItemsJob> = J extends LoadJob ? ItemId[] : Report<ItemVerdict>;

serveJobsAs(JUDGE_WORKER_ROLE, judgeShare);

/** One worker's jobs: the loaded share is kept from `load` for `judge`. */
function judgeShare(): RunJob<ItemsJob, ItemsResult<ItemsJob>> {
  let loaded: LoadedItem[] = [];
  let policy: Policy | undefined;
  return (job) => {
    if (job.kind === "load") {
      policy = job.policy;
      loaded = job.files.map((path) =>
        loadItem(readSource(path, job.boundary), job.policy.limits.max_file_bytes, job.read),
      );
      return itemIds(loaded);
    }
    if (!policy) throw new Error("a judge job came before its load job");
    return evaluateLoaded({
      loaded,
      knownIds: job.knownIds,
      policy,
      today: job.today,
      views: job.views,
      errorBudget: job.errorBudget,
      live: job.live,
      people: job.people,
      sloCatalog: job.sloCatalog,
    });
  };
}
