/** Builders for item files and policies, as the App's tests write them into the fake repository. */

/** An ISO date `days` before today (UTC): sign-offs must be recent and not in the future. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

export interface ItemOptions {
  id: string;
  title?: string;
  status?: string;
  issue?: number;
  owner?: string;
  /** Reviewers of `risk_review.sign_off` (all `approved`, ten days ago); none: no entry. */
  signOffs?: string[];
  /** Top-level sections to leave out, e.g. ["metrics"]. */
  omit?: string[];
  /** Metric kinds to leave out, e.g. ["latency"]. */
  omitMetrics?: string[];
  /** Appended verbatim, e.g. a waiver list. */
  extra?: string;
}

/** A gate-ready item (under the default policy) unless told otherwise. */
export function itemYaml(o: ItemOptions): string {
  const metrics = ["pipeline_reliability", "error_budget", "latency"]
    .filter((k) => !(o.omitMetrics ?? []).includes(k))
    .map(
      (k) =>
        `  ${k}: { objective: "${k === "latency" ? "p95 <= 300ms" : ">= 99.5%"}", window: 28d, source: grafana }`,
    );
  const sections: Record<string, string> = {
    team: `team:\n  domain_experts: ["@ana"]\n`,
    slices: `slices:\n  - id: api\n    value: An API\n    acceptance: Contract test\n  - id: ui\n    value: A button\n    acceptance: E2E test\n    depends_on: [api]\n`,
    metrics: `metrics:\n${metrics.join("\n")}\n`,
    instrumentation:
      "instrumentation:\n  logging: { how: logs, from_slice: api }\n  failures: { how: sentry, from_slice: api }\n  performance: { how: histogram, from_slice: api }\n  user_feedback: { how: feedback link, from_slice: ui }\n",
    risk_review: `risk_review:\n  risks:\n    - { id: R1, description: Timeouts, likelihood: low, impact: medium, mitigation: Stream }\n${
      (o.signOffs ?? []).length > 0
        ? `  sign_off:\n${(o.signOffs ?? []).map((r) => `    - { reviewer: "${r}", date: "${daysAgo(10)}", decision: approved }`).join("\n")}\n`
        : ""
    }`,
  };
  const body = Object.entries(sections)
    .filter(([key]) => !(o.omit ?? []).includes(key))
    .map(([, text]) => text)
    .join("");
  return `apiVersion: roadmap-gate/v1
id: ${o.id}
title: ${o.title ?? `Item ${o.id}`}
owner: "${o.owner ?? "@lee"}"
status: ${o.status ?? "planned"}
${o.issue !== undefined ? `issue: ${o.issue}\n` : ""}${body}${o.extra ?? ""}`;
}
