import { askQueries } from "../error-budget/ask-queries.js";
import type { PrometheusPort } from "../error-budget/prometheus-port.js";
import type { Policy } from "../policy/policy.js";
import type { LiveFacts, LiveReading, ObjectiveTarget, SignalTarget } from "./facts.js";
import { readLive, unansweredLive } from "./live-reading.js";
import type { LiveItems } from "./live-scope.js";
import { objectiveTargets, sendableOnce, signalTargets } from "./live-targets.js";

/**
 * Asks Prometheus, through the port, every query the live checks need for the given items: one
 * instant query per distinct query text, at most `concurrency` at a time (askQueries). Never
 * throws: a query that fails is an unanswered reading, which the rules report.
 */
export async function gatherLiveFacts(
  port: PrometheusPort,
  items: LiveItems,
  policy: Policy,
  options: { concurrency?: number; noPrometheus?: boolean } = {},
): Promise<LiveFacts> {
  const sendable = sendableOnce();
  const signals = new Map<string, SignalTarget[]>();
  for (const item of items.instrumentation)
    signals.set(item.file, signalTargets(item.data, policy, sendable));
  const objectives = new Map<string, ObjectiveTarget[]>();
  for (const item of items.objectives)
    objectives.set(item.file, objectiveTargets(item.data, sendable));
  const queries = [
    ...[...signals.values()].flatMap((list) => list.map((t) => t.query)),
    ...[...objectives.values()].flatMap((list) => list.flatMap((t) => t.query ?? [])),
  ];
  const readings = await askQueries<LiveReading>(
    port,
    queries,
    { answered: readLive, unanswered: unansweredLive },
    options.concurrency,
  );
  return options.noPrometheus
    ? { signals, objectives, readings, noPrometheus: true }
    : { signals, objectives, readings };
}
