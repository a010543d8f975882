import { unansweredLevel } from "../live/live-levels.js";
import { metricName, objectiveReadings } from "../live/objective-reading.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "objective-unmeasured",
  "warning",
  "A launched item's metric could not be measured in Prometheus over its window: no series, NaN, no answer, or an objective its `sli` cannot be compared with (an error with `live.unreachable: fail`).",
  true,
  {
    example: [
      "# policy: live: { objectives: warn }; Prometheus has no checkout_requests_total series",
      "status: launched",
      "metrics:",
      "  pipeline_reliability:",
      '    objective: ">= 99.5%"',
      "    window: 28d",
      "    source: prometheus",
      "    sli:",
      "      type: prometheus",
      '      good: sum(increase(checkout_requests_total{code!~"5.."}[{{.window}}]))',
      "      total: sum(increase(checkout_requests_total[{{.window}}]))",
    ],
    fix: "Make the `sli` return exactly one number over the metric's window: the series must exist (and a ratio needs events in the window, or it is NaN), and Prometheus must be reachable from the surface. A ratio `sli` can only be compared with a percentage objective.",
  },
);

/** The check never reads a missing measurement as a kept objective: each one is said. */
export const objectiveUnmeasured: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const reading of objectiveReadings(ctx.live, ctx.file)) {
      if (!("reason" in reading)) continue;
      const { target } = reading;
      ctx.report({
        path: ["metrics", target.kind, "objective"],
        // A form that cannot be compared says nothing about reachability.
        level: reading.cannotCompare ? "warning" : unansweredLevel(ctx.live!, ctx.policy),
        message: `${metricName(target)} of ${ctx.label} could not be measured over ${target.window}: ${reading.reason}`,
        hint: reading.cannotCompare
          ? "Write a percentage objective for a ratio sli, or measure the metric with a `query` sli in the objective's unit."
          : "Check that Prometheus answers the metric's sli with one number over its window (the series exist, with events in the window), and that it is reachable from the surface.",
      });
    }
  },
};
