import { itemWindowDays, sameNumber } from "./duration.js";
import { OPENSLO_OP, promiseOf } from "./objective.js";
import type { Slo, SloObjective, SloThreshold } from "./slo.js";

/**
 * One way an item's metric and its SLO disagree, as data (the rule `slo-mismatch` words it), and
 * which of the metric's keys says so. `objective` and `window` are the metric's, as written.
 */
export type Disagreement =
  /** No objective of the SLO has the promised target (`promised`, 0..100); `rewrite` would. */
  | {
      key: "objective";
      kind: "target";
      objective: string;
      promised: number;
      targets: readonly number[];
      rewrite: string;
    }
  /** The SLO's OpenSLO `op` is not the objective's comparison (`promiseOp`, as `op` in OpenSLO). */
  | {
      key: "objective";
      kind: "op";
      objective: string;
      sloOp: string;
      op: string;
      promiseOp: string;
    }
  /** The SLO's threshold is not the objective's bound (`written`). */
  | {
      key: "objective";
      kind: "threshold";
      objective: string;
      threshold: SloThreshold;
      written: string;
    }
  /** The metric's window is not the SLO's. */
  | {
      key: "window";
      kind: "window";
      window: string;
      sloWindow: string | undefined;
      sloDays: number;
    };

/** Compares a metric's objective and window with its SLO, after normalising units (SPEC 7). */
export function comparePromise(
  kind: string,
  metric: { objective?: string; window?: string },
  slo: Slo,
): readonly Disagreement[] {
  let out: Disagreement[] | undefined;
  const add = (d: Disagreement) => (out ??= []).push(d);
  const { objective, window } = metric;
  const promise = objective === undefined ? undefined : promiseOf(kind, objective);
  if (promise && objective !== undefined) {
    let chosen: SloObjective | undefined;
    const objectives = slo.objectives;
    for (let i = 0; i < objectives.length; i++)
      if (sameNumber(objectives[i]!.targetPercent, promise.targetPercent)) {
        chosen = objectives[i];
        break;
      }
    if (!chosen) {
      add({
        key: "objective",
        kind: "target",
        objective,
        promised: promise.targetPercent,
        targets: slo.objectives.map((o) => o.targetPercent),
        rewrite: promise.withTarget(slo.objectives[0]!.targetPercent),
      });
    } else if (promise.threshold && chosen.threshold) {
      const t = chosen.threshold;
      const op = OPENSLO_OP[promise.op];
      if (t.op !== undefined && t.op !== op)
        add({ key: "objective", kind: "op", objective, sloOp: t.op, op, promiseOp: promise.op });
      const promised = t.unit === "s" ? promise.threshold.seconds : promise.threshold.value;
      if (!sameNumber(promised, t.value))
        add({
          key: "objective",
          kind: "threshold",
          objective,
          threshold: t,
          written: promise.threshold.written,
        });
    }
  }
  const days = window === undefined ? undefined : itemWindowDays(window);
  if (days !== undefined && slo.windowDays !== undefined && !sameNumber(days, slo.windowDays)) {
    add({
      key: "window",
      kind: "window",
      window: window!,
      sloWindow: slo.window,
      sloDays: slo.windowDays,
    });
  }
  return out ?? NONE;
}

const NONE: readonly Disagreement[] = [];
