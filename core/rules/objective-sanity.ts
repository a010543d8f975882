import { meta, type ItemRule } from "./rule.js";
import { ownKeys, record, text } from "./read.js";

const percentRange = meta(
  "objective-percent-range",
  "error",
  "A percentage objective outside 0..100.",
);
const percentileUnit = meta(
  "objective-percentile-unit",
  "error",
  "A percentile objective without a time unit (ms or s).",
);

const GRAMMAR =
  /^(p[0-9]{1,2}(?:\.[0-9]+)? )?(>=|<=|==|>|<) ?(-?[0-9]+(?:\.[0-9]+)?)(%|ms|s|\/hour|\/day|\/week|\/month)?$/;

/** What the grammar (in the schema) cannot say: a sane number for the unit. */
export const objectiveSanity: ItemRule = {
  meta: [percentRange, percentileUnit],
  check(ctx) {
    const metrics = record(ctx.data.metrics);
    for (const kind of ownKeys(metrics)) {
      const objective = text(record(metrics?.[kind])?.objective);
      const match = objective === undefined ? null : GRAMMAR.exec(objective);
      if (!match) continue;
      const [, percentile, , number, unit] = match;
      const path = ["metrics", kind, "objective"];
      if (unit === "%" && (Number(number) < 0 || Number(number) > 100)) {
        ctx.report(percentRange, {
          path,
          message: `metrics.${kind} objective "${objective}" is a percentage outside 0..100`,
          hint: 'A percentage lies between 0 and 100, e.g. ">= 99.5%".',
        });
      }
      if (percentile && unit !== "ms" && unit !== "s") {
        ctx.report(percentileUnit, {
          path,
          message: `metrics.${kind} objective "${objective}" has a percentile but no time unit`,
          hint: 'A percentile goes with a time, e.g. "p95 <= 300ms".',
        });
      }
    }
  },
};
