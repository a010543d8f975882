import { comparePromise, type Disagreement } from "../slo/compare-promise.js";
import { formatDays } from "../slo/duration.js";
import { number } from "../slo/objective.js";
import type { Slo } from "../slo/slo.js";
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
        ctx.report({ path: ["metrics", kind, d.key], ...words(kind, found.slo, d) });
      }
    }
  },
};

/** What a disagreement (core/slo/compare-promise.ts) means, in words. */
function words(kind: string, slo: Slo, d: Disagreement): { message: string; hint: string } {
  const where = `SLO ${slo.name} (${slo.file}:${slo.line})`;
  switch (d.kind) {
    case "target":
      return {
        message: `metrics.${kind} promises "${d.objective}" (a ${number(d.promised)}% target), but ${where} targets ${d.targets.map((t) => `${number(t)}%`).join(" or ")}`,
        hint: `Make them agree: write "${d.rewrite}", or change the SLO's target to ${number(d.promised)}%.`,
      };
    case "op":
      return {
        message: `metrics.${kind} promises "${d.objective}", but ${where} compares with op: ${d.sloOp}, not ${d.op} (${d.promiseOp})`,
        hint: `Make them agree: OpenSLO's op ${d.op} is the objective's ${d.promiseOp}; write op: ${d.op} in the SLO, or change the objective's comparison.`,
      };
    case "threshold": {
      const t = d.threshold;
      const stated =
        t.unit === "s" ? `${number(t.value)}s (le="${number(t.value)}")` : `${number(t.value)}`;
      return {
        message: `metrics.${kind} promises "${d.objective}", but ${where} sets the threshold at ${stated}, not ${d.written}`,
        hint: `Make the objective's bound and the SLO's threshold the same${t.unit === "item" ? " (OpenSLO's value is read in the objective's unit)" : ""}.`,
      };
    }
    case "window":
      return {
        message: `metrics.${kind} is measured over ${d.window}, but ${where} has a ${d.sloWindow ?? formatDays(d.sloDays)} window`,
        hint: `Write window: ${formatDays(d.sloDays)}, or change the SLO's window; they must cover the same period.`,
      };
  }
}
