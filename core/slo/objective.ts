import { StringMemo } from "../string-memo.js";

/** An item objective, `[pNN ]OP NUMBER[UNIT]`, read into its parts. */
export interface Objective {
  percentile?: number;
  op: ">=" | "<=" | "==" | ">" | "<";
  value: number;
  unit?: "%" | "ms" | "s" | "/hour" | "/day" | "/week" | "/month";
}

const GRAMMAR =
  /^(?:p([0-9]{1,2}(?:\.[0-9]+)?) )?(>=|<=|==|>|<) ?(-?[0-9]+(?:\.[0-9]+)?)(%|ms|s|\/hour|\/day|\/week|\/month)?$/;

export function readObjective(objective: string): Objective | undefined {
  const match = GRAMMAR.exec(objective);
  if (!match) return undefined;
  return {
    ...(match[1] !== undefined ? { percentile: Number(match[1]) } : {}),
    op: match[2] as Objective["op"],
    value: Number(match[3]),
    ...(match[4] !== undefined ? { unit: match[4] as Objective["unit"] } : {}),
  };
}

/** What an objective says an SLO must state, when an SLO format can state it at all. */
export interface SloPromise {
  /** The SLO's target, 0..100. */
  targetPercent: number;
  /** A latency bound, for SLOs that state a threshold. */
  threshold?: { value: number; seconds: number; written: string };
  /** The comparison written: `<=` or `<` for a latency bound, `>=` or `>` for a target. */
  op: "<=" | "<" | ">=" | ">";
  /** How the objective would read with another target, for hints. */
  withTarget(targetPercent: number): string;
}

/**
 * The SLO target an objective promises (SPEC section 7): `>= X%` → X; `error_budget` `<= X%` →
 * 100 − X; `pNN <= T` → NN with threshold T. Anything else (`<= 2/week`) no SLO format states.
 */
export function promiseOf(kind: string, objective: string): SloPromise | undefined {
  // The kind matters only as error_budget or not.
  return kind === "error_budget" ? budgetPromises.get(objective) : promises.get(objective);
}

/**
 * Items repeat a few objectives thousands of times: answers remembered in memos bounded in bytes
 * (an evaluation thread is reused, so a repository's strings must not pile up).
 */
export const promises = new StringMemo((objective) => readPromise("", objective), 48);
export const budgetPromises = new StringMemo(
  (objective) => readPromise("error_budget", objective),
  48,
);

function readPromise(kind: string, objective: string): SloPromise | undefined {
  const o = readObjective(objective);
  if (!o) return undefined;
  const op = o.op;
  if (op === "==") return undefined;
  const below = op === "<=" || op === "<";
  if (o.percentile === undefined && o.unit === "%" && (o.op === ">=" || o.op === ">"))
    return { targetPercent: o.value, op, withTarget: (t) => `${o.op} ${number(t)}%` };
  if (o.percentile === undefined && o.unit === "%" && below && kind === "error_budget")
    return {
      targetPercent: 100 - o.value,
      op,
      withTarget: (t) => `${o.op} ${number(100 - t)}%`,
    };
  if (o.percentile !== undefined && below && (o.unit === "ms" || o.unit === "s")) {
    const unit = o.unit;
    return {
      targetPercent: o.percentile,
      op,
      threshold: {
        value: o.value,
        seconds: unit === "ms" ? o.value / 1000 : o.value,
        written: `${number(o.value)}${unit}`,
      },
      withTarget: (t) => `p${number(t)} ${o.op} ${number(o.value)}${unit}`,
    };
  }
  return undefined;
}

/** The OpenSLO `op` that states an objective's comparison (OpenSLO v1: lt, lte, gt, gte). */
export const OPENSLO_OP = { "<": "lt", "<=": "lte", ">": "gt", ">=": "gte" } as const;

/** A number as people write it: 99.5, not 99.49999999999999. */
export function number(n: number): string {
  return String(Number(n.toFixed(9)));
}
