import { slisOf } from "../slo/metric-slis.js";
import { checkPromql, promqlBudget } from "../slo/promql.js";
import type { PathSegment } from "../parse/source-position.js";
import { displayPath } from "../item/display-path.js";
import { ownKeys, record, text } from "../data/read.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "sli-query-syntax",
  "error",
  "A Prometheus query in a metric's `sli` or an instrumentation `signal` that PromQL's grammar rejects.",
  true,
  {
    example: [
      "metrics:",
      "  latency:",
      '    objective: "p95 <= 300ms"',
      "    window: 7d",
      "    source: prometheus",
      "    sli:",
      "      type: prometheus",
      "      query: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))",
    ],
    fix: "Fix the PromQL at the column the finding names (here a missing `)`); Sloth's `{{.window}}` is allowed. A query over 4,096 characters or with brackets nested more than 64 deep is not parsed (a warning): shorten it.",
  },
);

const QUERY_KEYS = ["total", "good", "bad", "query"] as const;

/**
 * A metric's `sli` queries and each instrumentation `signal`'s query are valid PromQL: the
 * queries the gate would run (their form is missing-field's and invalid-value's).
 */
export const sliQuerySyntax: ItemRule = {
  meta: rule,
  check(ctx) {
    // Parse work is bounded per file too: 84 queries of 4 KiB of garbage once took 65 s.
    const budget = promqlBudget();
    const queries: { path: PathSegment[]; query: unknown }[] = [];
    for (const { kind, sli } of slisOf(ctx.data)) {
      if (text(sli.type) !== "prometheus") continue;
      for (const key of QUERY_KEYS)
        queries.push({ path: ["metrics", kind, "sli", key], query: sli[key] });
    }
    const instrumentation = record(ctx.data.instrumentation);
    for (const kind of ownKeys(instrumentation)) {
      const signal = record(record(instrumentation![kind])?.signal);
      if (text(signal?.type) !== "prometheus") continue;
      queries.push({ path: ["instrumentation", kind, "signal", "query"], query: signal!.query });
    }
    for (const { path, query } of queries) {
      const written = text(query);
      if (written === undefined || written === "") continue;
      const checked = checkPromql(written, budget);
      if (checked.ok) continue;
      ctx.report({
        path,
        offset: checked.offset,
        level: checked.tooComplex ? "warning" : undefined,
        message: `${displayPath(path)} is not valid PromQL: ${checked.message}`,
        hint: checked.tooComplex
          ? "Record the query as a Prometheus recording rule and use its name here."
          : "Fix the query here (try it in Prometheus's expression browser); Sloth's {{.window}} is allowed.",
      });
    }
  },
};
