/** A UTC date `days` before today: sign-off dates stay valid whenever the tests run. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

export interface ItemOptions {
  status?: string;
  title?: string;
  /** Sign-off reviewers ("@sam"); none → no sign-off at all. */
  reviewers?: string[];
  /** Appended under the item, e.g. "x-note: v2" to change the file without changing its meaning. */
  extra?: string;
}

/** A gate-ready item file (with `reviewers: ["@sam"]` by default). */
export function item(id: string, options: ItemOptions = {}): string {
  const signOffs = (options.reviewers ?? ["@sam"])
    .map((r) => `    - { reviewer: "${r}", date: "${daysAgo(10)}", decision: approved }`)
    .join("\n");
  return `apiVersion: roadmap-gate/v1
id: ${id}
title: ${options.title ?? `Item ${id}`}
owner: "@lee"
status: ${options.status ?? "planned"}
team:
  domain_experts: ["@ana"]
slices:
  - id: api
    value: An API returns the orders as CSV
    acceptance: Contract test on a fixture
metrics:
  pipeline_reliability: { objective: ">= 99.9%", window: 28d, source: grafana }
  error_budget: { objective: "<= 0.1%", window: 28d, source: grafana }
  latency: { objective: "p95 <= 300ms", window: 7d, source: grafana }
instrumentation:
  logging: { how: request logs, from_slice: api }
  failures: { how: error tracking, from_slice: api }
  performance: { how: duration histogram, from_slice: api }
  user_feedback: { how: feedback link, from_slice: api }
risk_review:
  risks:
    - { id: R1, description: Timeouts, likelihood: low, impact: medium, mitigation: Stream rows }
  sign_off:
${signOffs || "    []"}
${options.extra ?? ""}
`;
}

/** An item that misses its metrics: one `metric-missing` error per required kind. */
export function brokenItem(id: string): string {
  return item(id).replace(/^metrics:\n(?: {2}.*\n)+/m, "");
}

export const POLICY = ".github/roadmap-gate.yml";

/** 1-based line and column (as annotation properties) of the first `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: string; col: string } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at).split("\n");
  return { line: String(before.length), col: String(before.at(-1)!.length + 1) };
}
