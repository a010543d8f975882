import type { PathSegment } from "../parse/source-position.js";
import type { Policy } from "../policy/policy.js";
import { ownKeys, record, text } from "../data/read.js";
import { metricsOf } from "../slo/linked-metrics.js";
import { checkPromql } from "../slo/promql.js";
import type { ObjectiveTarget, SignalTarget } from "./facts.js";
import { planObjective } from "./objective-plan.js";
import { withWindow } from "./query-window.js";

const SLI_KEYS = ["good", "bad", "total", "query"] as const;

/**
 * Whether a written query is worth sending: one that PromQL's grammar rejects is
 * sli-query-syntax's finding, and Prometheus would only answer it with an error.
 */
export type Sendable = (query: string) => boolean;

/** A Sendable that parses each distinct text once per evaluation. */
export function sendableOnce(): Sendable {
  const known = new Map<string, boolean>();
  return (query) => {
    let ok = known.get(query);
    if (ok === undefined) known.set(query, (ok = checkPromql(query).ok));
    return ok;
  };
}

/**
 * SPEC 9.1: each `sli` query of type prometheus (`{{.window}}` = `live.freshness`) and each
 * instrumentation `signal`, in the order written.
 */
export function signalTargets(
  data: Record<string, unknown>,
  policy: Policy,
  sendable: Sendable,
): SignalTarget[] {
  const targets: SignalTarget[] = [];
  const add = (path: PathSegment[], written: unknown) => {
    const query = text(written);
    if (query === undefined || query.trim() === "" || !sendable(query)) return;
    targets.push({ path, query: withWindow(query, policy.live.freshness) });
  };
  for (const { kind, metric } of metricsOf(data)) {
    const sli = record(metric.sli);
    if (!sli || text(sli.type) !== "prometheus") continue;
    for (const key of SLI_KEYS) add(["metrics", kind, "sli", key], sli[key]);
  }
  const instrumentation = record(data.instrumentation);
  for (const kind of ownKeys(instrumentation)) {
    const signal = record(record(instrumentation![kind])?.signal);
    if (text(signal?.type) === "prometheus")
      add(["instrumentation", kind, "signal", "query"], signal!.query);
  }
  return targets;
}

/** SPEC 9.2: each metric with an `sli` of type prometheus, measured over its own window. */
export function objectiveTargets(
  data: Record<string, unknown>,
  sendable: Sendable,
): ObjectiveTarget[] {
  const targets: ObjectiveTarget[] = [];
  for (const { kind, metric } of metricsOf(data)) {
    const sli = record(metric.sli);
    const objective = text(metric.objective);
    const window = text(metric.window);
    if (!sli || objective === undefined || window === undefined) continue;
    const written = SLI_KEYS.flatMap((key) => text(sli[key]) ?? []);
    if (!written.every(sendable)) continue;
    const plan = planObjective(objective, window, sli);
    if (!plan) continue;
    targets.push({ kind, objective, window, ...plan });
  }
  return targets;
}
