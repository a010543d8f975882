import { meta, type ItemRule } from "./rule.js";
import { has, record } from "../data/read.js";

const rule = meta(
  "signal-missing",
  "error",
  "A gated item's instrumentation kind that the policy's `gate.signals` names has no `signal`.",
  true,
  {
    example: [
      "status: planned # the policy has gate: { signals: [logging] }",
      "instrumentation:",
      "  logging: { how: Structured JSON logs with order id, from_slice: shadow-scoring }",
    ],
    fix: 'Add `signal: { type: prometheus, query: ... }` to the kind: a query that returns data while the instrumentation works, such as a log-derived counter (`sum(rate(log_lines_total{job="reorder-api"}[5m]))`) or `up{job="reorder-api"}`. The policy\'s `gate.signals` lists the kinds that need one.',
  },
);

/**
 * Only the kinds the item has: a required kind that is absent is instrumentation-missing's, and a
 * kind neither required nor written has nothing that could carry a signal.
 */
export const signalMissing: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated) return;
    const instrumentation = record(ctx.data.instrumentation);
    for (const kind of ctx.policy.gate.signals) {
      if (!has(instrumentation, kind)) continue;
      const entry = record(instrumentation![kind]);
      if (!entry || has(entry, "signal")) continue;
      ctx.report({
        path: ["instrumentation", kind],
        target: "key",
        message: `instrumentation.${kind} of ${ctx.label} has no \`signal\`: the policy asks that ${kind} show data, not only say how it is captured`,
        hint: `Add instrumentation.${kind}.signal: { type: prometheus, query: <a PromQL query that returns data while ${kind} works> }.`,
      });
    }
  },
};
