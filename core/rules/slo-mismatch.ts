import { comparePromise } from "../slo/compare-promise.js";
import { resolvedLinks } from "../slo/linked-metrics.js";
import { text } from "../data/read.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "slo-mismatch",
  "error",
  "A metric's objective or window disagrees with the SLO it links.",
  true,
  {
    example: [
      "metrics:",
      "  latency:",
      '    objective: "p95 <= 300ms"',
      "    window: 2w",
      "    source: prometheus",
      '    slo: api-latency # the Pyrra SLO\'s threshold is le="0.5", 500 ms',
    ],
    fix: "Make the objective and the window say what the SLO measures (units are normalised: `4w` = `28d`), or link the SLO that measures what the item promises.",
  },
);

export const sloMismatch: ItemRule = {
  meta: rule,
  check(ctx) {
    const index = ctx.slos;
    if (!index) return;
    for (const { kind, metric, resolution: found } of resolvedLinks(ctx.data, index)) {
      if (found.kind !== "found") continue;
      const promise = { objective: text(metric.objective), window: text(metric.window) };
      for (const d of comparePromise(kind, promise, found.slo)) {
        ctx.report({ path: ["metrics", kind, d.key], message: d.message, hint: d.hint });
      }
    }
  },
};
