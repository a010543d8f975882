import { suggest } from "../item/suggest.js";
import { meta, type ItemRule } from "./rule.js";
import { has, record } from "../data/read.js";

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
    const required = [...ctx.policy.gate.metrics, ...(ctx.ai ? ctx.policy.gate.ai_metrics : [])];
    const metrics = record(ctx.data.metrics);
    const custom = Object.keys(metrics ?? {}).filter(
      (key) => !required.includes(key) && !(key in examples),
    );
    for (const kind of required) {
      if (has(metrics, kind)) continue;
      const near = lookalike(kind, custom);
      const why = ctx.policy.gate.ai_metrics.includes(kind) && ctx.ai ? " (an AI item)" : "";
      const rename = `Rename metrics.${near} to metrics.${kind}`;
      if (!ctx.gated) {
        // Before gating nothing is required yet, but a near miss would only surface then.
        if (near)
          ctx.report({
            level: "warning",
            path: ["metrics", near],
            target: "key",
            message: `\`metrics.${near}\` is a custom metric; did you mean \`${kind}\`, which ${ctx.label}${why} needs once gated?`,
            hint: `${rename}; a custom metric does not count as \`${kind}\`.`,
          });
        continue;
      }
      ctx.report({
        path: near ? ["metrics", near] : metrics ? ["metrics"] : [],
        target: "key",
        message: `${ctx.label} is \`${String(ctx.data.status)}\`${why} but has no \`${kind}\` metric${near ? `; did you mean \`${near}\`?` : ""}`,
        hint: near
          ? `${rename}; a custom metric does not count as \`${kind}\`.`
          : `Add metrics.${kind} with an objective such as ${examples[kind] ?? '">= 99%"'}, a window and a source.`,
      });
    }
  },
};

/**
 * A custom key that looks like `kind`: a typo of it (as unknown keys are caught) or a shortening
 * by whole words (`drift` for `drift_alerts`, `latency_p95` for `latency`).
 */
function lookalike(kind: string, keys: readonly string[]): string | undefined {
  const byWords = keys.find((key) => kind.startsWith(`${key}_`) || key.startsWith(`${kind}_`));
  return byWords ?? suggest(kind, keys);
}
