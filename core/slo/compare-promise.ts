import { formatDays, itemWindowDays, sameNumber } from "./duration.js";
import { number, OPENSLO_OP, promiseOf } from "./objective.js";
import type { Slo, SloObjective } from "./slo.js";

/** One way an item's metric and its SLO disagree, and which of the metric's keys says so. */
export interface Disagreement {
  key: "objective" | "window";
  message: string;
  hint: string;
}

/** Compares a metric's objective and window with its SLO, after normalising units (SPEC 7). */
export function comparePromise(
  kind: string,
  metric: { objective?: string; window?: string },
  slo: Slo,
): readonly Disagreement[] {
  let out: Disagreement[] | undefined;
  const add = (d: Disagreement) => (out ??= []).push(d);
  const promise = metric.objective === undefined ? undefined : promiseOf(kind, metric.objective);
  if (promise && metric.objective !== undefined) {
    let chosen: SloObjective | undefined;
    const objectives = slo.objectives;
    for (let i = 0; i < objectives.length; i++)
      if (sameNumber(objectives[i]!.targetPercent, promise.targetPercent)) {
        chosen = objectives[i];
        break;
      }
    if (!chosen) {
      const targets = slo.objectives.map((o) => `${number(o.targetPercent)}%`).join(" or ");
      const first = slo.objectives[0]!.targetPercent;
      add({
        key: "objective",
        message: `metrics.${kind} promises "${metric.objective}" (a ${number(promise.targetPercent)}% target), but ${where(slo)} targets ${targets}`,
        hint: `Make them agree: write "${promise.withTarget(first)}", or change the SLO's target to ${number(promise.targetPercent)}%.`,
      });
    } else if (promise.threshold && chosen.threshold) {
      const t = chosen.threshold;
      const op = OPENSLO_OP[promise.op];
      if (t.op !== undefined && t.op !== op)
        add({
          key: "objective",
          message: `metrics.${kind} promises "${metric.objective}", but ${where(slo)} compares with op: ${t.op}, not ${op} (${promise.op})`,
          hint: `Make them agree: OpenSLO's op ${op} is the objective's ${promise.op}; write op: ${op} in the SLO, or change the objective's comparison.`,
        });
      const promised = t.unit === "s" ? promise.threshold.seconds : promise.threshold.value;
      if (!sameNumber(promised, t.value)) {
        const stated =
          t.unit === "s" ? `${number(t.value)}s (le="${number(t.value)}")` : `${number(t.value)}`;
        add({
          key: "objective",
          message: `metrics.${kind} promises "${metric.objective}", but ${where(slo)} sets the threshold at ${stated}, not ${promise.threshold.written}`,
          hint: `Make the objective's bound and the SLO's threshold the same${t.unit === "item" ? " (OpenSLO's value is read in the objective's unit)" : ""}.`,
        });
      }
    }
  }
  const days = metric.window === undefined ? undefined : itemWindowDays(metric.window);
  if (days !== undefined && slo.windowDays !== undefined && !sameNumber(days, slo.windowDays)) {
    add({
      key: "window",
      message: `metrics.${kind} is measured over ${metric.window}, but ${where(slo)} has a ${slo.window ?? formatDays(slo.windowDays)} window`,
      hint: `Write window: ${formatDays(slo.windowDays)}, or change the SLO's window; they must cover the same period.`,
    });
  }
  return out ?? NONE;
}

const NONE: readonly Disagreement[] = [];

function where(slo: Slo): string {
  return `SLO ${slo.name} (${slo.file}:${slo.line})`;
}
