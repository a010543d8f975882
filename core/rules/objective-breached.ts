import { checkLevel } from "../live/live-levels.js";
import { metricName, objectiveReadings } from "../live/objective-reading.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "objective-breached",
  "error",
  "A launched item's metric, measured in Prometheus over its own window, breaks its objective (`live.objectives`; a warning under `warn`): new scope waits.",
  true,
  {
    example: [
      "# policy: live: { objectives: fail }; Prometheus measures p95 at 412 ms over 7d",
      "id: AI-7",
      "status: launched",
      "metrics:",
      "  latency:",
      '    objective: "p95 <= 300ms"',
      "    window: 7d",
      "    source: prometheus",
      "    sli:",
      "      type: prometheus",
      "      query: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[{{.window}}])))",
    ],
    fix: "Ship reliability work until the metric meets its objective again: on a pull request, one of `error_budget.exempt_labels` (default `reliability`, `incident`) lets that work through, and a waiver of `objective-breached` approved on the pull request lets new scope through. If the objective itself is wrong, change it (and have the change signed off).",
  },
);

/** SPEC 9.2: the item's promise compared with what Prometheus measures. */
export const objectiveBreached: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const reading of objectiveReadings(ctx.live, ctx.file)) {
      if (!("meets" in reading) || reading.meets) continue;
      const { target } = reading;
      // "3/week over 4w (12 in all)"; over one unit the count is the value itself.
      const events =
        reading.events !== undefined && reading.events !== reading.value
          ? ` (${Number(reading.events.toFixed(3))} in all)`
          : "";
      const labels = ctx.policy.error_budget.exempt_labels.map((l) => `\`${l}\``).join(" or ");
      ctx.report({
        path: ["metrics", target.kind, "objective"],
        level: checkLevel(ctx.policy.live.objectives),
        message: `${metricName(target)} is ${reading.shown} over ${target.window}${events}; ${ctx.label} promises ${target.objective}`,
        hint: `Ship reliability work first${labels ? ` (on a pull request, the label ${labels} exempts it)` : ""}; a waiver of objective-breached in the item lets new scope through (on a pull request, approved by a reviewer).`,
      });
    }
  },
};
