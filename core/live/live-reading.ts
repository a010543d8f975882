import { PROMETHEUS_FLOAT, unanswered as unknownBudget } from "../error-budget/budget-reading.js";
import type { PrometheusSample } from "../error-budget/prometheus-port.js";
import type { LiveReading } from "./facts.js";

/** An instant query's answer: the series count, and the one value when there is one. */
export function readLive(samples: readonly PrometheusSample[]): LiveReading {
  return samples.length === 1
    ? { kind: "answered", series: 1, value: samples[0]!.value }
    : { kind: "answered", series: samples.length };
}

/** A failed query: its reason, said as the error-budget gate says it (no credentials, no URL). */
export function unansweredLive(error: unknown): LiveReading {
  const reading = unknownBudget(error);
  return { kind: "unanswered", reason: reading.kind === "unknown" ? reading.reason : "no answer" };
}

/** The one finite value a measuring query gave, or why there is none (objective-unmeasured). */
export function measuredValue(
  reading: LiveReading | undefined,
): { value: number } | { reason: string } {
  if (!reading) return { reason: "it was not asked" };
  if (reading.kind === "unanswered") return { reason: reading.reason };
  if (reading.series === 0) return { reason: "the query returned no series" };
  if (reading.series > 1) return { reason: `the query returned ${reading.series} series, not one` };
  const written = reading.value ?? "";
  if (!PROMETHEUS_FLOAT.test(written))
    return { reason: `the query's value ${JSON.stringify(written)} is not a number` };
  const value = Number(written);
  if (!Number.isFinite(value))
    return { reason: `the query's value is ${written}, not a number (no events in the window?)` };
  return { value };
}
