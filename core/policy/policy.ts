import type { PolicyFile } from "./policy-file.generated.js";

/**
 * The policy as the engine uses it: every key present, defaults filled in. Derived from the
 * type generated from schemas/config.schema.json (`npm run generate`), so that a key is written
 * once, in the schema; `defaultPolicy()` gives each its default.
 */
export type Policy = Complete<Omit<PolicyFile, "_extends">>;

/**
 * Every key of a policy file present, nested mappings too: a list of an enum (`statuses`) is a
 * list of strings, as items' statuses are read as strings. `error_budget.queries` stays partial:
 * a format not named there takes `query` or its own default (see budgetQueryFor).
 */
type Complete<T> = {
  [K in keyof T]-?: K extends "queries" ? NonNullable<T[K]> : Filled<NonNullable<T[K]>>;
};
type Filled<V> = V extends readonly (infer E)[]
  ? (E extends string ? string : E)[]
  : V extends object
    ? Complete<V>
    : V;

/** SPEC section 8. Where Prometheus is never comes from here: surfaces give its URL. */
export type ErrorBudgetPolicy = Policy["error_budget"];

/** SPEC section 9: checks that compare items with Prometheus and GitHub; all off by default. */
export type LivePolicy = Policy["live"];

export type LiveLevel = LivePolicy["instrumentation"];

/** The live checks a policy can turn on, by their key under `live:`. */
export const LIVE_CHECKS = ["instrumentation", "objectives", "people"] as const;

export type LiveCheck = (typeof LIVE_CHECKS)[number];

export const DEFAULT_BUDGET_QUERY =
  'slo:period_error_budget_remaining:ratio{sloth_service="{service}", sloth_slo="{slo}"}';

/** The SLO formats, as error_budget.queries names them. */
export type BudgetFormat = "openslo" | "sloth" | "pyrra";

/**
 * The series each format's tooling writes: Sloth's recording rules (which OpenSLO SLOs get too,
 * as Sloth reads OpenSLO), and Pyrra's generic rules (`--generic-rules`): `pyrra_availability`
 * and `pyrra_objective` by `slo`, the remaining budget being their distance over the budget.
 */
export const DEFAULT_BUDGET_QUERIES: Readonly<Record<BudgetFormat, string>> = {
  openslo: DEFAULT_BUDGET_QUERY,
  sloth: DEFAULT_BUDGET_QUERY,
  pyrra:
    '(pyrra_availability{slo="{slo}"} - pyrra_objective{slo="{slo}"}) / (1 - pyrra_objective{slo="{slo}"})',
};

/**
 * The query for an SLO of a format (undefined: not read from an SLO file): `queries.<format>`,
 * else `query` when the policy changed it, else the format's default.
 */
export function budgetQueryFor(budget: ErrorBudgetPolicy, format?: BudgetFormat): string {
  if (format === undefined) return budget.query;
  return (
    budget.queries[format] ??
    (budget.query !== DEFAULT_BUDGET_QUERY ? budget.query : DEFAULT_BUDGET_QUERIES[format])
  );
}

export const DEFAULT_POLICY_PATH = ".github/roadmap-gate.yml";

export function defaultPolicy(): Policy {
  return {
    paths: ["roadmap/**/*.yaml", "roadmap/**/*.yml", "roadmap/**/*.json"],
    gate: {
      statuses: ["planned", "in_progress", "launched"],
      metrics: ["pipeline_reliability", "error_budget", "latency"],
      ai_metrics: ["drift_alerts"],
      instrumentation: ["logging", "failures", "performance", "user_feedback"],
      ai_instrumentation: ["drift"],
      signals: [],
    },
    sign_off: { reviewers: [], min_approvals: 1, max_age_days: 180, verify: true },
    issues: { labels: ["roadmap"] },
    pull_requests: { require_roadmap_link: false, exempt_labels: ["no-roadmap"] },
    waivers: { max_days: 90 },
    enforcement: "block",
    limits: { max_file_bytes: 1048576 },
    error_budget: {
      gate: false,
      statuses: ["in_progress", "launched"],
      min_remaining: 0,
      query: DEFAULT_BUDGET_QUERY,
      queries: {},
      unreachable: "warn",
      exempt_labels: ["reliability", "incident"],
    },
    slo: { files: [], require: [], sloth_period: "30d", service: "" },
    live: {
      statuses: ["in_progress", "launched"],
      instrumentation: "off",
      freshness: "1h",
      objectives: "off",
      people: "off",
      members_only: true,
      unreachable: "warn",
    },
  };
}
