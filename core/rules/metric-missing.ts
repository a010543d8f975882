import { meta, type ItemRule } from "./rule.js";
import { has, record } from "./read.js";

const rule = meta(
  "metric-missing",
  "error",
  "A gated item lacks a metric kind the policy requires.",
  true,
  {
    example: [
      "status: planned",
      "metrics: # no error_budget",
      '  pipeline_reliability: { objective: ">= 99.5%", window: 28d, source: grafana }',
      '  latency: { objective: "p95 <= 300ms", window: 7d, source: grafana }',
    ],
    fix: 'Add the metric kind with an objective, a window and a source, e.g. `error_budget: { objective: "<= 0.5%", window: 28d, source: grafana }`. The policy\'s `gate.metrics` lists the kinds every gated item needs, and `gate.ai_metrics` those an `ai: true` item adds.',
  },
);

const examples: Record<string, string> = {
  pipeline_reliability: '">= 99.5%"',
  error_budget: '"<= 0.5%"',
  latency: '"p95 <= 300ms"',
  drift_alerts: '"<= 2/week"',
};

export const metricMissing: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated) return;
    const required = [...ctx.policy.gate.metrics, ...(ctx.ai ? ctx.policy.gate.ai_metrics : [])];
    const metrics = record(ctx.data.metrics);
    for (const kind of required) {
      if (has(metrics, kind)) continue;
      const why = ctx.policy.gate.ai_metrics.includes(kind) && ctx.ai ? " (an AI item)" : "";
      ctx.report(rule, {
        path: metrics ? ["metrics"] : [],
        target: "key",
        message: `${ctx.label} is \`${String(ctx.data.status)}\`${why} but has no \`${kind}\` metric`,
        hint: `Add metrics.${kind} with an objective such as ${examples[kind] ?? '">= 99%"'}, a window and a source.`,
      });
    }
  },
};
