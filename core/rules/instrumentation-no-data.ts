import { displayPath } from "../item/display-path.js";
import { checkLevel } from "../live/live-levels.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "instrumentation-no-data",
  "error",
  "An `sli` query or instrumentation `signal` of an item in `live.statuses` returns no series from Prometheus (`live.instrumentation`; a warning under `warn`).",
  true,
  {
    example: [
      "# policy: live: { instrumentation: fail }; Prometheus has no reorder_requests_total series",
      "status: in_progress",
      "metrics:",
      "  pipeline_reliability:",
      '    objective: ">= 99.5%"',
      "    window: 28d",
      "    source: prometheus",
      "    sli:",
      "      type: prometheus",
      '      good: sum(rate(reorder_requests_total{code!~"5.."}[{{.window}}]))',
      "      total: sum(rate(reorder_requests_total[{{.window}}]))",
    ],
    fix: "Ship the instrumentation the item says it has (the metric must exist in Prometheus, with a sample within `live.freshness`), or fix the query so it selects the series that exist. A metric that exists with no traffic is data: zero and NaN pass.",
  },
);

/** SPEC 9.1: a query that returns no series shows that nothing is measured yet. */
export const instrumentationNoData: ItemRule = {
  meta: rule,
  check(ctx) {
    const facts = ctx.live;
    for (const target of facts?.signals.get(ctx.file) ?? []) {
      const reading = facts!.readings.get(target.query);
      if (reading?.kind !== "answered" || reading.series > 0) continue;
      ctx.report({
        path: target.path,
        level: checkLevel(ctx.policy.live.instrumentation),
        message: `${displayPath(target.path)} of ${ctx.label}: \`${target.query}\` returns no series: nothing is measured yet`,
        hint: `Ship the instrumentation, or fix the query to select series that exist; data means at least one series with a sample within live.freshness (${ctx.policy.live.freshness}).`,
      });
    }
  },
};
