import { everyBudgetItem } from "../core/error-budget/budget-scope.js";
import { checkBudgets } from "../core/error-budget/check-budgets.js";
import { budgetPort } from "../core/error-budget/missing-prometheus.js";
import type { ErrorBudgetFacts } from "../core/error-budget/facts.js";
import type { LiveFacts } from "../core/live/facts.js";
import { checkLive } from "../core/live/check-live.js";
import { everyLiveItem, liveOn } from "../core/live/live-scope.js";
import { sloIndexOf, sloLookup } from "../core/with-budget/slo-lookup.js";
import { loadItem } from "../core/load/load-item.js";
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
 * The CLI judges every item in `error_budget.statuses` (SPEC section 8), and every item the live
 * checks of instrumentation and objectives apply to (section 9), through one port, so one deadline
 * covers all the queries of a run. Each `slo:` is looked up in the policy's SLO files, when it
 * names some, for the SLO's service and window.
 */
export async function cliPrometheusFacts(
  connection: PrometheusConnection | undefined,
  files: readonly string[],
  sloFiles: readonly string[] | undefined,
  boundary: Boundary,
  policy: Policy,
  read?: ReadOptions,
): Promise<{ errorBudget?: ErrorBudgetFacts; live?: LiveFacts; notices: string[] }> {
  const given = connection && createHttpPrometheus(connection);
  const port = budgetPort(given, policy);
  const budgetOn = policy.error_budget.gate && port !== undefined;
  const loaded =
    budgetOn || liveOn(policy)
      ? files.map((path) =>
          loadItem(readSource(path, boundary), policy.limits.max_file_bytes, read),
        )
      : [];
  const budget = budgetOn
    ? await checkBudgets(
        port,
        everyBudgetItem(loaded, policy),
        policy,
        sloLookup(
          sloIndexOf(
            sloFiles?.map((path) => readSource(path, boundary)),
            policy,
          ),
        ),
      )
    : await checkBudgets(undefined, [], policy);
  // After the budget's queries: together they stay within 4 at once.
  const live = await checkLive(given, everyLiveItem(loaded, policy), policy);
  return {
    errorBudget: budget.facts,
    live: live.facts,
    notices: [...budget.notices, ...live.notices],
  };
}
