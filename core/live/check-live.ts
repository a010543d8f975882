import { PrometheusError, type PrometheusPort } from "../error-budget/prometheus-port.js";
import type { LiveCheck, Policy } from "../policy/policy.js";
import type { LiveFacts } from "./facts.js";
import { gatherLiveFacts } from "./gather-live-facts.js";
import type { LiveItems } from "./live-scope.js";

const WHERE_PROMETHEUS =
  "CLI --prometheus-url or ROADMAP_GATE_PROMETHEUS_URL, Action input prometheus-url, App PROMETHEUS_URL";

const UNCHECKED: Record<Exclude<LiveCheck, "people">, string> = {
  instrumentation: "no sli query or instrumentation signal was run",
  objectives: "no launched item's objective was measured",
};

/** Said once per check under `warn` when no surface was given a Prometheus URL. */
export function noPrometheusNotice(check: Exclude<LiveCheck, "people">, policy: Policy): string {
  return `live.${check} is ${policy.live[check]}, but no Prometheus URL was given (${WHERE_PROMETHEUS}), so ${UNCHECKED[check]}.`;
}

/**
 * The Prometheus live checks' part of an evaluation, for every surface: nothing when both are
 * off; with no Prometheus URL, one notice per check set to `warn`, and for a check set to `fail`
 * a port that never answers, so each item it would have checked gets an error (SPEC section 10).
 * Never throws.
 */
export async function checkLive(
  port: PrometheusPort | undefined,
  items: LiveItems,
  policy: Policy,
): Promise<{ facts?: LiveFacts; notices: string[] }> {
  const checks = (["instrumentation", "objectives"] as const).filter(
    (c) => policy.live[c] !== "off",
  );
  if (checks.length === 0) return { notices: [] };
  if (port) return { facts: await gatherLiveFacts(port, items, policy), notices: [] };
  const notices = checks
    .filter((c) => policy.live[c] === "warn")
    .map((c) => noPrometheusNotice(c, policy));
  const failing = {
    instrumentation: policy.live.instrumentation === "fail" ? items.instrumentation : [],
    objectives: policy.live.objectives === "fail" ? items.objectives : [],
  };
  if (failing.instrumentation.length === 0 && failing.objectives.length === 0) return { notices };
  const facts = await gatherLiveFacts(NO_PROMETHEUS, failing, policy, { noPrometheus: true });
  return { facts, notices };
}

const NO_PROMETHEUS: PrometheusPort = {
  origin: "(no Prometheus URL)",
  timeoutMs: 0,
  instantQuery() {
    return Promise.reject(
      new PrometheusError("unreachable", `no Prometheus URL was given (${WHERE_PROMETHEUS})`),
    );
  },
};
