import { metricsOf } from "../slo/linked-metrics.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "slo-missing",
  "error",
  "A gated item's metric whose kind is in `slo.require` is not linked to an SLO (`slo:`).",
  true,
  {
    example: [
      '# policy: slo: { files: ["slos/**/*.yaml"], require: [error_budget] }',
      "metrics:",
      '  error_budget: { objective: "<= 0.1%", window: 28d, source: prometheus } # no slo',
    ],
    fix: "Add `slo: <name>` under the metric: the SLO in `slo.files` that measures it. For a metric that has no SLO yet, `roadmap-gate slo` writes one ([Linking metrics to SLOs](../slos.md)).",
  },
);

export const sloMissing: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated || ctx.policy.slo.require.length === 0) return;
    const required = new Set(ctx.policy.slo.require);
    for (const { kind, slo } of metricsOf(ctx.data)) {
      if (!required.has(kind) || slo !== undefined) continue;
      ctx.report({
        path: ["metrics", kind],
        target: "key",
        message: `${ctx.label} is \`${String(ctx.data.status)}\` but metrics.${kind} is not linked to an SLO`,
        hint: `Add \`slo: <name>\` under metrics.${kind}: the SLO in slo.files that measures it (the policy's slo.require lists ${kind}).`,
      });
    }
  },
};
