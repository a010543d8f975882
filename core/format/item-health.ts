import type { BudgetView } from "../error-budget/facts.js";
import type { ItemReport, LiveDataView, MeasuredView, MetricView, PersonView } from "../report.js";

/**
 * How a fact reads at a glance. Every format shows it as a symbol and words, never colour alone.
 * `unchecked`: the report carries nothing for it (that live check did not run).
 */
export type Glance = "good" | "warn" | "bad" | "unknown" | "unchecked";

export interface MetricHealth {
  metric: MetricView;
  /** The linked SLO's remaining error budget, when the error-budget gate asked. */
  budget?: BudgetView;
}

/** Whether an item's live queries return data (section 9.1). */
export interface DataHealth {
  glance: Glance;
  total: number;
  withData: number;
  /** The queries that returned nothing, then those Prometheus did not answer. */
  failing: LiveDataView[];
}

/** Whether an item's people are real (section 9.3). */
export interface PeopleHealth {
  glance: Glance;
  total: number;
  /** The handles that are not `ok`. */
  problems: PersonView[];
}

export interface ItemHealth {
  metrics: MetricHealth[];
  /** Absent: not checked. */
  data?: DataHealth;
  people?: PeopleHealth;
}

/** Which live facts any item carries: the columns a table needs beyond the static ones. */
export interface LiveColumns {
  measured: boolean;
  data: boolean;
  people: boolean;
}

/** One item's health, from its report view alone, in one pass over its metrics, queries and people. */
export function itemHealth(item: ItemReport): ItemHealth {
  const budgets = new Map<string, BudgetView>();
  for (const b of item.budgets ?? []) if (!budgets.has(b.metric)) budgets.set(b.metric, b);
  const health: ItemHealth = {
    metrics: item.metrics.map((metric) => {
      const budget = budgets.get(metric.kind);
      return budget === undefined ? { metric } : { metric, budget };
    }),
  };
  if (item.instrumentation !== undefined) health.data = dataHealth(item.instrumentation);
  if (item.people !== undefined) health.people = peopleHealth(item.people);
  return health;
}

export function liveColumns(items: readonly ItemReport[]): LiveColumns {
  const columns = { measured: false, data: false, people: false };
  for (const item of items) {
    if (item.instrumentation !== undefined) columns.data = true;
    if (item.people !== undefined) columns.people = true;
    if (!columns.measured && item.metrics.some((m) => m.measured !== undefined))
      columns.measured = true;
  }
  return columns;
}

function dataHealth(queries: readonly LiveDataView[]): DataHealth {
  const noData = queries.filter((q) => q.state === "no-data");
  const unknown = queries.filter((q) => q.state === "unknown");
  const glance: Glance =
    queries.length === 0
      ? "unchecked"
      : noData.length > 0
        ? "bad"
        : unknown.length > 0
          ? "unknown"
          : "good";
  return {
    glance,
    total: queries.length,
    withData: queries.length - noData.length - unknown.length,
    failing: [...noData, ...unknown],
  };
}

function peopleHealth(people: readonly PersonView[]): PeopleHealth {
  const problems = people.filter((p) => p.state !== "ok");
  const glance: Glance = problems.some((p) => p.state === "unknown" || p.state === "not-member")
    ? "bad"
    : problems.length > 0
      ? "unknown"
      : "good";
  return { glance, total: people.length, problems };
}

export function measuredGlance(measured: MeasuredView | undefined): Glance {
  if (measured === undefined) return "unchecked";
  return measured.state === "met" ? "good" : measured.state === "breached" ? "bad" : "unknown";
}

export function budgetGlance(budget: BudgetView): Glance {
  if (budget.remaining === undefined) return "unknown";
  return budget.state === "exhausted" ? "bad" : budget.remaining >= 0.5 ? "good" : "warn";
}

/** The check's own words for the value, else 412 with "ms" → "412 ms", 99.2 with "%" → "99.2%", 3 with "/week" → "3/week". */
export function measuredValue(measured: MeasuredView): string {
  if (measured.shown !== undefined) return measured.shown;
  if (measured.value === undefined) return "no value";
  // Six significant digits: enough to tell 99.95 from 99.949, short enough to read.
  const value = String(Number(measured.value.toPrecision(6)));
  const unit = measured.unit;
  return unit === "ms" || unit === "s" ? `${value} ${unit}` : `${value}${unit}`;
}

/** "not-member" → "not a member": the words a person's state is shown with. */
export const PERSON_STATE: Record<PersonView["state"], string> = {
  ok: "found",
  unknown: "no such user or team",
  "not-member": "not a member",
  unverifiable: "could not be verified",
};
