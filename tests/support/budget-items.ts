/** Item and policy files for error-budget gate tests: small builders, one line per choice. */

export interface BudgetItemOptions {
  id: string;
  status?: string;
  /** The `slo:` of metrics.error_budget; absent: none. */
  slo?: string;
  window?: string;
  /** Extra YAML appended at the top level (e.g. waivers). */
  extra?: string;
  /** Extra slices' ids after the first. */
  slices?: string[];
  /** The sign-off's date; default "2026-11-20" (tests that run on today's date pass a recent one). */
  signedOn?: string;
}

/** A gate-ready item whose error_budget metric may link an SLO. */
export function budgetItem(o: BudgetItemOptions): string {
  const slices = ["first-slice", ...(o.slices ?? [])]
    .map((id) => `  - { id: ${id}, value: Ships ${id}, acceptance: Tested }`)
    .join("\n");
  return `apiVersion: roadmap-gate/v1
id: ${o.id}
title: Item ${o.id}
owner: "@lee"
status: ${o.status ?? "launched"}
team:
  domain_experts: ["@ana"]
slices:
${slices}
metrics:
  pipeline_reliability: { objective: ">= 99.9%", window: 28d, source: grafana }
  error_budget:
    objective: "<= 0.1%"
    window: ${o.window ?? "30d"}
    source: grafana${o.slo === undefined ? "" : `\n    slo: ${JSON.stringify(o.slo)}`}
  latency: { objective: "p99 <= 5s", window: 7d, source: grafana }
instrumentation:
  logging: { how: Logs, from_slice: first-slice }
  failures: { how: Errors, from_slice: first-slice }
  performance: { how: Spans, from_slice: first-slice }
  user_feedback: { how: A link, from_slice: first-slice }
risk_review:
  risks:
    - { id: R1, description: Risk, likelihood: low, impact: low, mitigation: Care }
  sign_off:
    - { reviewer: "@sam", date: "${o.signedOn ?? "2026-11-20"}", decision: approved }
${o.extra ?? ""}`;
}

/** A policy with the error-budget gate on, and any other error_budget keys as YAML lines. */
export function budgetPolicy(...lines: string[]): string {
  return ["error_budget:", "  gate: true", ...lines.map((l) => `  ${l}`), ""].join("\n");
}

/** 1-based line of the first line that contains `needle` (the builders put each key on its own line). */
export function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((line) => line.includes(needle)) + 1;
}

/** A Sloth spec for service checkout with one SLO, checkout-availability (objective 99.9). */
export const CHECKOUT_SLOTH_SPEC = [
  'version: "prometheus/v1"',
  "service: checkout",
  "slos:",
  "  - name: checkout-availability",
  "    objective: 99.9",
  "    sli:",
  "      events:",
  "        error_query: sum(rate(errors[{{.window}}]))",
  "        total_query: sum(rate(all[{{.window}}]))",
  "    alerting: { name: CheckoutAvailability }",
  "",
].join("\n");
