import type { Policy } from "../policy/policy.js";
import { readBudget, unanswered, type BudgetReading } from "./budget-reading.js";
import { budgetTargets, type BudgetTarget, type SloLookup } from "./budget-targets.js";
import type { ErrorBudgetFacts } from "./facts.js";
import type { PrometheusPort } from "./prometheus-port.js";

/** SPEC section 8: at most 4 queries at once. */
export const MAX_CONCURRENT_QUERIES = 4;

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
  const queries = [...new Set([...targets.values()].flatMap((list) => list.map((t) => t.query)))];
  const readings = new Map<string, BudgetReading>();
  let next = 0;
  const worker = async () => {
    while (next < queries.length) {
      const query = queries[next++]!;
      readings.set(query, await ask(port, query));
    }
  };
  const width = Math.max(
    1,
    Math.min(options.concurrency ?? MAX_CONCURRENT_QUERIES, queries.length),
  );
  await Promise.all(Array.from({ length: width }, worker));
  return { targets, readings };
}

async function ask(port: PrometheusPort, query: string): Promise<BudgetReading> {
  try {
    return readBudget(await port.instantQuery(query));
  } catch (error) {
    return unanswered(error);
  }
}
