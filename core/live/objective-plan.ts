import { readObjective, type Objective } from "../slo/objective.js";
import { text } from "../data/read.js";
import { withWindow } from "./query-window.js";

/** What the one query of a measured metric gives (SPEC section 9.2). */
export type Reads =
  /** `(good) / (total)`: the fraction of good events, 0..1. */
  | "good-fraction"
  /** `(bad) / (total)`: the fraction of bad events, 0..1. */
  | "bad-fraction"
  /** A threshold metric's `query`: one value in base units (seconds, a fraction, a count). */
  | "value";

/** How one metric of a launched item is measured: its query, and how its value is read. */
export interface ObjectivePlan {
  query: string;
  reads: Reads;
}

/**
 * The query that measures a metric over its own window, or why it cannot be compared with its
 * objective (a ratio gives a fraction: only a percentage objective can be compared with it).
 * Undefined when there is nothing to measure: no `sli` of type prometheus, or an objective or
 * window that does not read (their own rules say so).
 */
export function planObjective(
  objective: string,
  window: string,
  sli: Record<string, unknown>,
): ObjectivePlan | { problem: string } | undefined {
  if (text(sli.type) !== "prometheus") return undefined;
  const o = readObjective(objective);
  if (!o || !/^[0-9]+[hdw]$/.test(window)) return undefined;
  const total = filled(sli.total);
  const good = filled(sli.good);
  const bad = filled(sli.bad);
  const query = filled(sli.query);
  if (total !== undefined && (good !== undefined) !== (bad !== undefined)) {
    if (o.unit !== "%")
      return {
        problem: `its sli is a ratio, which gives a fraction of events, and "${objective}" is not a percentage`,
      };
    const part = good ?? bad!;
    return {
      query: withWindow(`(${part}) / (${total})`, window),
      reads: good !== undefined ? "good-fraction" : "bad-fraction",
    };
  }
  if (query !== undefined) return { query: withWindow(query, window), reads: "value" };
  return undefined;
}

function filled(value: unknown): string | undefined {
  const written = text(value);
  return written !== undefined && written.trim() !== "" ? written : undefined;
}

/** Days in each rate unit: a month is 30 days, as OpenSLO's `M` is. */
const RATE_UNIT_DAYS = { "/hour": 1 / 24, "/day": 1, "/week": 7, "/month": 30 } as const;

/** A value Prometheus measured, in the objective's own unit, and whether it keeps the objective. */
export interface Measured {
  /** In the objective's unit: percent, ms, s, events per unit, or as measured. */
  value: number;
  /** For rate units: the number of events in the window. */
  events?: number;
  meets: boolean;
}

/**
 * A finite value from the plan's query, read in the objective's unit (SPEC section 9.2): a ratio
 * as a percentage (the bad fraction for `error_budget`), seconds as `ms` or `s`, a fraction as
 * `%`, and a count over the window as events per rate unit (`<= 2/week` over `4w`: at most 8).
 */
export function measure(
  kind: string,
  objective: Objective,
  windowDays: number,
  reads: Reads,
  value: number,
): Measured {
  const measured = inObjectiveUnit(kind, objective, windowDays, reads, value);
  return { ...measured, meets: keeps(measured.value, objective.op, objective.value) };
}

function inObjectiveUnit(
  kind: string,
  o: Objective,
  windowDays: number,
  reads: Reads,
  value: number,
): { value: number; events?: number } {
  if (reads !== "value") {
    // The fraction the objective speaks of: bad events for an error budget, good ones otherwise.
    const bad = reads === "bad-fraction" ? value : 1 - value;
    return { value: (kind === "error_budget" ? bad : 1 - bad) * 100 };
  }
  switch (o.unit) {
    case "%":
      return { value: value * 100 };
    case "ms":
      return { value: value * 1000 };
    case "/hour":
    case "/day":
    case "/week":
    case "/month":
      return { value: value / (windowDays / RATE_UNIT_DAYS[o.unit]), events: value };
    default:
      return { value };
  }
}

/** `measured OP bound`, where equal means equal up to floating-point noise. */
export function keeps(measured: number, op: Objective["op"], bound: number): boolean {
  const equal =
    Math.abs(measured - bound) <= 1e-9 * Math.max(1, Math.abs(measured), Math.abs(bound));
  switch (op) {
    case ">=":
      return measured > bound || equal;
    case "<=":
      return measured < bound || equal;
    case ">":
      return measured > bound && !equal;
    case "<":
      return measured < bound && !equal;
    case "==":
      return equal;
  }
}

/**
 * The measured value as people read it: three significant digits, or as many more as it takes
 * for the shown number to keep or break the objective as the value itself does (99.8996% is not
 * shown as 99.9% against ">= 99.9%").
 */
export function shownValue(value: number, op: Objective["op"], bound: number): string {
  const verdict = keeps(value, op, bound);
  const magnitude = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
  for (let decimals = Math.max(0, 2 - magnitude); decimals <= 12; decimals++) {
    const shown = Number(value.toFixed(decimals));
    if (keeps(shown, op, bound) === verdict) return String(Object.is(shown, -0) ? 0 : shown);
  }
  return String(value);
}

/** The unit as it follows a number in a message: "412 ms", "99.9%", "3/week". */
export function unitSuffix(unit: Objective["unit"]): string {
  if (unit === "ms" || unit === "s") return ` ${unit}`;
  return unit ?? "";
}
