import type { Policy } from "../policy/policy.js";
import { PrometheusError, type PrometheusPort } from "./prometheus-port.js";

/**
 * The port the gate asks: the surface's, or, when it was given no Prometheus URL while the
 * policy turns the gate on with `unreachable: fail`, one that never answers, so that each item
 * the gate would have checked gets its `error-budget-unknown` error instead of a silent pass.
 * Under `unreachable: warn` there is none, and the gate says once that it did not check.
 */
export function budgetPort(
  port: PrometheusPort | undefined,
  policy: Policy,
): PrometheusPort | undefined {
  if (port || !policy.error_budget.gate || policy.error_budget.unreachable !== "fail") return port;
  return NO_PROMETHEUS;
}

const NO_PROMETHEUS: PrometheusPort = {
  origin: "(no Prometheus URL)",
  timeoutMs: 0,
  instantQuery() {
    return Promise.reject(
      new PrometheusError(
        "unreachable",
        "no Prometheus URL was given (CLI --prometheus-url or ROADMAP_GATE_PROMETHEUS_URL, Action input prometheus-url, App PROMETHEUS_URL), and error_budget.unreachable is fail",
      ),
    );
  },
};
