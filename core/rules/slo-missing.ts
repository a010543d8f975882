import { metricsOf } from "../slo/linked-metrics.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "slo-missing",
  "error",
  "A gated item's metric whose kind is in `slo.require` is not linked to an SLO (`slo:`).",
);

export const sloMissing: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated || ctx.policy.slo.require.length === 0) return;
    const required = new Set(ctx.policy.slo.require);
    for (const { kind, slo } of metricsOf(ctx.data)) {
      if (!required.has(kind) || slo !== undefined) continue;
      ctx.report(rule, {
        path: ["metrics", kind],
        target: "key",
        message: `${ctx.label} is \`${String(ctx.data.status)}\` but metrics.${kind} is not linked to an SLO`,
        hint: `Add \`slo: <name>\` under metrics.${kind}: the SLO in slo.files that measures it (the policy's slo.require lists ${kind}).`,
      });
    }
  },
};
