import type { MessagePort } from "node:worker_threads";
import { evaluateLoaded, itemIds, type ItemId } from "../core/evaluate.js";
import type { PeopleFacts } from "../core/people/facts.js";
import type { ErrorBudgetFacts } from "../core/error-budget/facts.js";
import type { LiveFacts } from "../core/live/facts.js";
import { loadItem, type LoadedItem } from "../core/load/load-item.js";
import type { ReadOptions } from "../core/parse/read-options.js";
import type { Policy } from "../core/policy/policy.js";
import type { ItemVerdict, Report } from "../core/report.js";
import type { SloCatalog } from "../core/slo/slo.js";
import { readSource, type Boundary } from "../local/read-source.js";

export type WorkerRequest =
  | {
      kind: "load";
      files: readonly string[];
      boundary: Boundary;
      policy: Policy;
      read?: ReadOptions;
    }
  | {
      kind: "judge";
      knownIds: readonly ItemId[];
      today: string;
      views?: boolean;
      errorBudget?: ErrorBudgetFacts;
      live?: LiveFacts;
      people?: PeopleFacts;
      sloCatalog?: SloCatalog;
    };

export type WorkerReply =
  | { kind: "ids"; ids: ItemId[] }
  | { kind: "report"; report: Report<ItemVerdict> }
  | { kind: "error"; message: string };

/**
 * One worker of judge-files.ts: reads its share and keeps it loaded between the two rounds.
 * Started by judge-files.ts in a thread it made for this (see WORKER_ROLE there).
 */
export function serveJudgeRequests(port: MessagePort): void {
  let loaded: LoadedItem[] = [];
  let policy: Policy | undefined;
  port.on("message", (request: WorkerRequest) => {
    try {
      if (request.kind === "load") {
        policy = request.policy;
        loaded = request.files.map((path) =>
          loadItem(
            readSource(path, request.boundary),
            request.policy.limits.max_file_bytes,
            request.read,
          ),
        );
        port.postMessage({ kind: "ids", ids: itemIds(loaded) } satisfies WorkerReply);
      } else {
        const report = evaluateLoaded({
          loaded,
          knownIds: request.knownIds,
          policy: policy!,
          today: request.today,
          views: request.views,
          errorBudget: request.errorBudget,
          live: request.live,
          people: request.people,
          sloCatalog: request.sloCatalog,
        });
        port.postMessage({ kind: "report", report } satisfies WorkerReply);
      }
    } catch (error) {
      port.postMessage({
        kind: "error",
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply);
    }
  });
}
