import { readObjectives } from "../item/objective-grammar.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "objective-percent-range",
  "error",
  "A percentage objective outside 0..100.",
  true,
  {
    example: [
      "metrics:",
      '  pipeline_reliability: { objective: ">= 120%", window: 28d, source: grafana }',
    ],
    fix: 'Write a percentage between 0 and 100, e.g. `">= 99.5%"`.',
  },
);

/** What the grammar (in the schema) cannot say: a sane number for the unit. */
export const objectivePercentRange: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const { kind, objective, number, unit } of readObjectives(ctx.data)) {
      if (unit !== "%" || (Number(number) >= 0 && Number(number) <= 100)) continue;
      ctx.report({
        path: ["metrics", kind, "objective"],
        message: `metrics.${kind} objective "${objective}" is a percentage outside 0..100`,
        hint: 'A percentage lies between 0 and 100, e.g. ">= 99.5%".',
      });
    }
  },
};
