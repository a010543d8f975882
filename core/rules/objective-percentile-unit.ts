import { readObjectives } from "../item/objective-grammar.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "objective-percentile-unit",
  "error",
  "A percentile objective without a time unit (ms or s).",
  true,
  {
    example: ["metrics:", '  latency: { objective: "p95 <= 300", window: 7d, source: grafana }'],
    fix: 'Give the percentile a time unit, `ms` or `s`: `"p95 <= 300ms"`.',
  },
);

/** What the grammar (in the schema) cannot say: a percentile is a time. */
export const objectivePercentileUnit: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const { kind, objective, percentile, unit } of readObjectives(ctx.data)) {
      if (!percentile || unit === "ms" || unit === "s") continue;
      ctx.report({
        path: ["metrics", kind, "objective"],
        message: `metrics.${kind} objective "${objective}" has a percentile but no time unit`,
        hint: 'A percentile goes with a time, e.g. "p95 <= 300ms".',
      });
    }
  },
};
