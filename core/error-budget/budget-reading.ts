import { PrometheusError, type PrometheusSample } from "./prometheus-port.js";

/** What Prometheus said of one SLO's budget: a remaining ratio, or why there is none. */
export type BudgetReading =
  { kind: "remaining"; remaining: number } | { kind: "unknown"; reason: string };

/** An instant query's answer → one reading. One series with a finite value is the only remaining. */
export function readBudget(samples: readonly PrometheusSample[]): BudgetReading {
  if (samples.length === 0) return { kind: "unknown", reason: "the query returned no series" };
  if (samples.length > 1)
    return {
      kind: "unknown",
      reason: `the query returned ${samples.length} series, not one`,
    };
  const written = samples[0]!.value;
  // Number() reads "" and "[]" as 0 and "0x10" as 16: only what Prometheus writes is a value.
  if (!PROMETHEUS_FLOAT.test(written))
    return {
      kind: "unknown",
      reason: `the query's value ${JSON.stringify(written)} is not a number as Prometheus writes one`,
    };
  const value = Number(written);
  if (!Number.isFinite(value))
    return { kind: "unknown", reason: `the query's value is ${written}, not a number` };
  return { kind: "remaining", remaining: value };
}

/** A sample value as Prometheus's API writes it: a decimal number (an exponent too), NaN or ±Inf. */
export const PROMETHEUS_FLOAT =
  /^(?:[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|NaN|[+-]?Inf)$/;

/** A failed query → an unknown reading: never thrown further, never a pass. */
export function unanswered(error: unknown): BudgetReading {
  if (error instanceof PrometheusError) return { kind: "unknown", reason: error.message };
  return {
    kind: "unknown",
    reason: `asking Prometheus failed: ${error instanceof Error ? error.message : String(error)}`,
  };
}

/** -0.12 → "-12%", 0.4567 → "45.7%". */
export function percent(ratio: number): string {
  const rounded = Math.round(ratio * 1000) / 10;
  return `${Object.is(rounded, -0) ? 0 : rounded}%`;
}
