import { comparePromise } from "../slo/compare-promise.js";
import { resolvedLinks } from "../slo/linked-metrics.js";
import { text } from "./read.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "slo-mismatch",
  "error",
  "A metric's objective or window disagrees with the SLO it links.",
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
        ctx.report(rule, { path: ["metrics", kind, d.key], message: d.message, hint: d.hint });
      }
    }
  },
};
