import type { BudgetReading } from "./budget-reading.js";
import type { BudgetTarget } from "./budget-targets.js";

/**
 * What Prometheus says about the items the gate applies to, fetched through the port by
 * gather-budget-facts.ts, so that the rules that judge it are pure.
 */
export interface ErrorBudgetFacts {
  /** Each item file the gate applies to, with the metrics it asked about. */
  targets: ReadonlyMap<string, readonly BudgetTarget[]>;
  /** The reading of each query text (asked once, whichever items share it). */
  readings: ReadonlyMap<string, BudgetReading>;
}

/** One linked SLO's budget as the report shows it. */
export interface BudgetView {
  metric: string;
  slo: string;
  service: string;
  window?: string;
  /** The remaining ratio of the period's budget (1 = untouched, below 0 = overspent). */
  remaining?: number;
  /** Why it is unknown, when it is. */
  reason?: string;
  state: "ok" | "exhausted" | "unknown";
}

export function budgetViews(
  facts: ErrorBudgetFacts | undefined,
  file: string,
  minRemaining: number,
): BudgetView[] {
  const targets = facts?.targets.get(file) ?? [];
  return targets.map((t) => {
    const reading = facts!.readings.get(t.query) ?? { kind: "unknown", reason: "not asked" };
    const base = { metric: t.kind, slo: t.slo, service: t.service, window: t.window };
    if (reading.kind === "unknown") return { ...base, reason: reading.reason, state: "unknown" };
    return {
      ...base,
      remaining: reading.remaining,
      state: reading.remaining < minRemaining ? "exhausted" : "ok",
    };
  });
}
