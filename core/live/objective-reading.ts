import { itemWindowDays } from "../slo/duration.js";
import { readObjective } from "../slo/objective.js";
import type { LiveFacts, ObjectiveTarget } from "./facts.js";
import { measuredValue } from "./live-reading.js";
import { measure, shownValue, unitSuffix, type Measured } from "./objective-plan.js";

/** One launched item's metric as measured: its value in the objective's unit, or why none. */
export type ObjectiveReading =
  | (Measured & { target: ObjectiveTarget; shown: string })
  | { target: ObjectiveTarget; reason: string; cannotCompare?: boolean };

/** What the facts say of each of an item file's measured metrics, in the order written. */
export function objectiveReadings(facts: LiveFacts | undefined, file: string): ObjectiveReading[] {
  return (facts?.objectives.get(file) ?? []).map((target) => {
    if (target.problem !== undefined)
      return { target, reason: target.problem, cannotCompare: true };
    const got = measuredValue(
      target.query === undefined ? undefined : facts!.readings.get(target.query),
    );
    if ("reason" in got) return { target, reason: got.reason };
    const objective = readObjective(target.objective)!;
    const measured = measure(
      target.kind,
      objective,
      itemWindowDays(target.window)!,
      target.reads!,
      got.value,
    );
    const shown = `${shownValue(measured.value, objective.op, objective.value)}${unitSuffix(objective.unit)}`;
    return { ...measured, target, shown };
  });
}

/** "latency p95", "pipeline_reliability": the metric as messages name it. */
export function metricName(target: ObjectiveTarget): string {
  const percentile = readObjective(target.objective)?.percentile;
  return percentile === undefined ? target.kind : `${target.kind} p${percentile}`;
}
