/**
 * Series for the live checks (SPEC section 9), backfilled beside the error-budget series into the
 * one Prometheus each test file starts (tests/support/prometheus.ts): job "shop" meets every
 * objective of liveItem(), job "cart" breaks each one, job "ghost" has no series at all.
 */

/** The queries the tests run, exactly as docs/live-checks.md shows them. */
export function liveQueries(job: string) {
  return {
    good: `sum(increase(http_requests_total{job="${job}",code!~"5.."}[{{.window}}]))`,
    bad: `sum(increase(http_requests_total{job="${job}",code=~"5.."}[{{.window}}]))`,
    total: `sum(increase(http_requests_total{job="${job}"}[{{.window}}]))`,
    latency: `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="${job}"}[{{.window}}])))`,
    drift: `sum(changes(ALERTS_FOR_STATE{alertname="ModelDrift",job="${job}"}[{{.window}}]) + 1) or vector(0)`,
    up: `up{job="${job}"}`,
  };
}

/** One job's series per 30-second step: requests by code, cumulative latency buckets, alerts. */
export interface JobShape {
  codes: Readonly<Record<string, number>>;
  buckets: Readonly<Record<string, number>> & { "+Inf": number };
  /** Drift-alert activations in the last ten minutes. */
  alerts: number;
}

/** Per 30-second step: requests by code, and cumulative latency buckets (le → count). */
export const JOBS = {
  // 99.9% good; p95 ≈ 247 ms (between 0.1 s and 0.25 s); one drift alert.
  shop: {
    codes: { "200": 999, "500": 1 },
    buckets: { "0.1": 50, "0.25": 96, "0.5": 100, "1": 100, "+Inf": 100 },
    alerts: 1,
  },
  // 98% good; p95 = 750 ms (between 0.5 s and 1 s); three drift alerts.
  cart: {
    codes: { "200": 980, "500": 20 },
    buckets: { "0.1": 50, "0.25": 80, "0.5": 90, "1": 100, "+Inf": 100 },
    alerts: 3,
  },
} as const satisfies Record<string, JobShape>;

/** Steps of 30 s from 10 minutes ago to an hour ahead, as the budget series (prometheus.ts). */
const FIRST = -20;
const LAST = 120;

/**
 * The OpenMetrics families (no `# EOF`) of the live series, at timestamps relative to `now`:
 * counters for ratios, a classic histogram for latency, `ALERTS_FOR_STATE` for drift alerts
 * (each activation a new `activeAt` value, as Prometheus's rule manager writes it) and `up`.
 */
export function liveOpenMetrics(nowSeconds: number): string {
  return jobsOpenMetrics(nowSeconds, JOBS);
}

/** The same families for any jobs (the bench backfills a hundred). */
export function jobsOpenMetrics(nowSeconds: number, jobs: Record<string, JobShape>): string {
  const lines: string[] = [];
  const series = (name: string, labels: string, value: (step: number) => number) => {
    for (let step = FIRST; step <= LAST; step++)
      lines.push(`${name}{${labels}} ${value(step - FIRST)} ${nowSeconds + step * 30}`);
  };
  lines.push("# TYPE http_requests counter");
  for (const [job, { codes }] of Object.entries(jobs))
    for (const [code, perStep] of Object.entries(codes))
      series("http_requests_total", `job="${job}",code="${code}"`, (n) => n * perStep);
  lines.push("# TYPE http_request_duration_seconds histogram");
  for (const [job, { buckets }] of Object.entries(jobs)) {
    for (const [le, perStep] of Object.entries(buckets))
      series("http_request_duration_seconds_bucket", `job="${job}",le="${le}"`, (n) => n * perStep);
    series("http_request_duration_seconds_count", `job="${job}"`, (n) => n * buckets["+Inf"]);
    series("http_request_duration_seconds_sum", `job="${job}"`, (n) => n * 20);
  }
  lines.push("# TYPE ALERTS_FOR_STATE gauge");
  for (const [job, { alerts }] of Object.entries(jobs)) {
    // The activations share the last ten minutes: a new activeAt every (20 / alerts) steps.
    const every = Math.ceil(-FIRST / alerts);
    series(
      "ALERTS_FOR_STATE",
      `alertname="ModelDrift",job="${job}"`,
      (n) => nowSeconds + (FIRST + Math.min(Math.floor(n / every), alerts - 1) * every) * 30,
    );
  }
  lines.push("# TYPE up gauge");
  for (const job of Object.keys(jobs)) series("up", `job="${job}"`, () => 1);
  return lines.join("\n");
}

export interface LiveItemOptions {
  id: string;
  /** Whose series the item's queries select: shop, cart or ghost. */
  job: string;
  status?: string;
  /** Extra slices' ids after the first. */
  slices?: string[];
  /** Extra YAML appended at the top level (e.g. waivers). */
  extra?: string;
  signedOn?: string;
}

/** A gate-ready item with four measured metrics and a logging signal, all on `job`'s series. */
export function liveItem(o: LiveItemOptions): string {
  const q = liveQueries(o.job);
  const slices = ["first-slice", ...(o.slices ?? [])]
    .map((id) => `  - { id: ${id}, value: Ships ${id}, acceptance: Tested }`)
    .join("\n");
  const single = (s: string) => `'${s.replace(/'/g, "''")}'`;
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
  pipeline_reliability:
    objective: ">= 99.5%"
    window: 28d
    source: prometheus
    sli:
      type: prometheus
      good: ${single(q.good)}
      total: ${single(q.total)}
  error_budget:
    objective: "<= 0.5%"
    window: 30d
    source: prometheus
    sli:
      type: prometheus
      bad: ${single(q.bad)}
      total: ${single(q.total)}
  latency:
    objective: "p95 <= 300ms"
    window: 7d
    source: prometheus
    sli:
      type: prometheus
      query: ${single(q.latency)}
  drift_alerts:
    objective: "<= 2/week"
    window: 1w
    source: prometheus
    sli:
      type: prometheus
      query: ${single(q.drift)}
instrumentation:
  logging:
    how: Logs
    from_slice: first-slice
    signal: { type: prometheus, query: ${single(q.up)} }
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

/** A policy with the given live settings, as YAML lines under `live:`. */
export function livePolicy(...lines: string[]): string {
  return ["live:", ...lines.map((l) => `  ${l}`), ""].join("\n");
}
