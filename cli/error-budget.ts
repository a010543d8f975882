import { everyBudgetItem } from "../core/error-budget/budget-scope.js";
import { checkBudgets } from "../core/error-budget/check-budgets.js";
import { budgetPort } from "../core/error-budget/missing-prometheus.js";
import type { ErrorBudgetFacts } from "../core/error-budget/facts.js";
import { sloIndexOf, sloLookup } from "../core/error-budget/slo-lookup.js";
import { loadItem } from "../core/item/load-item.js";
import type { ReadOptions } from "../core/parse/read-options.js";
import type { Policy } from "../core/policy/policy.js";
import {
  createHttpPrometheus,
  parsePrometheusUrl,
  type PrometheusConnection,
} from "../prometheus/http-prometheus.js";
import { UsageError, type CliIo } from "./cli-io.js";
import { readSource, type Boundary } from "../local/read-source.js";

/**
 * Where Prometheus is, for the CLI: `--prometheus-url`, else ROADMAP_GATE_PROMETHEUS_URL, with
 * ROADMAP_GATE_PROMETHEUS_TOKEN (an environment variable only, so no token lands in shell history).
 */
export function prometheusConnection(
  flag: string | undefined,
  io: CliIo,
): PrometheusConnection | undefined {
  const env = io.env ?? {};
  const url = flag ?? (env.ROADMAP_GATE_PROMETHEUS_URL || undefined);
  if (url === undefined) return undefined;
  try {
    parsePrometheusUrl(url);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    url,
    token: env.ROADMAP_GATE_PROMETHEUS_TOKEN || undefined,
    timeoutMs: io.prometheusTimeoutMs,
    totalMs: io.prometheusTotalMs,
  };
}

/**
 * The CLI judges every item in `error_budget.statuses` (SPEC section 8). Each `slo:` is looked up
 * in the policy's SLO files, when it names some, for the SLO's service and window.
 */
export async function cliBudgetFacts(
  connection: PrometheusConnection | undefined,
  files: readonly string[],
  sloFiles: readonly string[] | undefined,
  boundary: Boundary,
  policy: Policy,
  read?: ReadOptions,
): Promise<{ facts?: ErrorBudgetFacts; notices: string[] }> {
  const port = budgetPort(connection && createHttpPrometheus(connection), policy);
  if (!policy.error_budget.gate || !port) return checkBudgets(undefined, [], policy);
  const loaded = files.map((path) =>
    loadItem(readSource(path, boundary), policy.limits.max_file_bytes, read),
  );
  const index = sloIndexOf(
    sloFiles?.map((path) => readSource(path, boundary)),
    policy,
  );
  return checkBudgets(port, everyBudgetItem(loaded, policy), policy, sloLookup(index));
}
