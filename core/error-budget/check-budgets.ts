import type { Policy } from "../policy/policy.js";
import { NO_PROMETHEUS_NOTICE } from "./budget-scope.js";
import type { SloLookup } from "./budget-targets.js";
import type { ErrorBudgetFacts } from "./facts.js";
import { gatherBudgetFacts } from "./gather-budget-facts.js";
import type { PrometheusPort } from "./prometheus-port.js";

/**
 * The error-budget gate's part of an evaluation, for every surface: nothing when the policy leaves
 * it off, one notice when it is on but no Prometheus URL was given, else the facts for the items
 * the gate applies to (the surface decides which). Never throws.
 */
export async function checkBudgets(
  port: PrometheusPort | undefined,
  items: readonly { file: string; data: Record<string, unknown> }[],
  policy: Policy,
  lookup?: SloLookup,
): Promise<{ facts?: ErrorBudgetFacts; notices: string[] }> {
  if (!policy.error_budget.gate) return { notices: [] };
  if (!port) return { notices: [NO_PROMETHEUS_NOTICE] };
  return { facts: await gatherBudgetFacts(port, items, policy, { lookup }), notices: [] };
}
