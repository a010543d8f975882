import type { Policy } from "../policy/policy.js";
import { readBudget, unanswered, type BudgetReading } from "./budget-reading.js";
import { budgetTargets, type BudgetTarget, type SloLookup } from "./budget-targets.js";
import type { ErrorBudgetFacts } from "./facts.js";
import { askQueries } from "./ask-queries.js";
import type { PrometheusPort } from "./prometheus-port.js";

/**
 * Asks Prometheus, through the port, about every SLO the given items link: one query per distinct
 * query text (so one per SLO), at most `concurrency` at a time. Never throws: a query that fails
 * is an unknown reading, which the rules turn into `error-budget-unknown`.
 */
export async function gatherBudgetFacts(
  port: PrometheusPort,
  items: readonly { file: string; data: Record<string, unknown> }[],
  policy: Policy,
  options: { lookup?: SloLookup; concurrency?: number } = {},
): Promise<ErrorBudgetFacts> {
  const targets = new Map<string, BudgetTarget[]>();
  for (const item of items)
    targets.set(item.file, budgetTargets(item.data, policy, options.lookup));
  const queries = [...targets.values()].flatMap((list) => list.map((t) => t.query));
  const readings = await askQueries<BudgetReading>(
    port,
    queries,
    { answered: readBudget, unanswered },
    options.concurrency,
  );
  return { targets, readings };
}
