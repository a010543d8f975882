import { shapeRules } from "../item/shape-rules.js";
import { metricsOf } from "../slo/linked-metrics.js";
import { checkPromql } from "../slo/promql.js";
import { has, record, text } from "./read.js";
import { meta, type ItemContext, type ItemRule } from "./rule.js";

const rule = meta(
  "sli-query-syntax",
  "error",
  "A Prometheus query in a metric's `sli` that PromQL's grammar rejects.",
);

const QUERY_KEYS = ["total", "good", "bad", "query"] as const;

/** A metric's `sli`: one of its two forms (the schema cannot say "exactly one"), and valid PromQL. */
export const sliQuerySyntax: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const { kind, metric } of metricsOf(ctx.data)) {
      const sli = record(metric.sli);
      if (!sli) continue;
      checkForm(ctx, kind, sli);
      if (text(sli.type) !== "prometheus") continue;
      for (const key of QUERY_KEYS) {
        const query = text(sli[key]);
        if (query === undefined || query === "") continue;
        const checked = checkPromql(query);
        if (checked.ok) continue;
        ctx.report(rule, {
          path: ["metrics", kind, "sli", key],
          offset: checked.offset,
          level: checked.tooComplex ? "warning" : undefined,
          message: `metrics.${kind}.sli.${key} is not valid PromQL: ${checked.message}`,
          hint: checked.tooComplex
            ? "Record the query as a Prometheus recording rule and use its name here."
            : "Fix the query here (try it in Prometheus's expression browser); Sloth's {{.window}} is allowed.",
        });
      }
    }
  },
};

function checkForm(ctx: ItemContext, kind: string, sli: Record<string, unknown>): void {
  const at = ["metrics", kind, "sli"];
  const ratio = has(sli, "total") || has(sli, "good") || has(sli, "bad");
  if (has(sli, "query") && ratio) {
    ctx.report(shapeRules.invalidValue, {
      path: [...at, "query"],
      target: "key",
      message: `metrics.${kind}.sli has both \`query\` and ratio keys (total, good, bad)`,
      hint: "Keep one form: a ratio (`total` with `good` or `bad`) or a threshold metric (`query`).",
    });
    return;
  }
  if (has(sli, "query")) return;
  if (!has(sli, "total"))
    ctx.report(shapeRules.missingField, {
      path: at,
      target: "key",
      message: `metrics.${kind}.sli has no \`total\` (or \`query\`)`,
      hint: "Write a ratio (`total` and one of `good` or `bad`) or a threshold metric (`query`).",
    });
  if (has(sli, "good") && has(sli, "bad"))
    ctx.report(shapeRules.invalidValue, {
      path: [...at, "bad"],
      target: "key",
      message: `metrics.${kind}.sli has both \`good\` and \`bad\``,
      hint: "A ratio counts good or bad events against the total: keep one of them.",
    });
  else if (!has(sli, "good") && !has(sli, "bad") && has(sli, "total"))
    ctx.report(shapeRules.missingField, {
      path: at,
      target: "key",
      message: `metrics.${kind}.sli has \`total\` but neither \`good\` nor \`bad\``,
      hint: "Add `good` (the query for good events) or `bad` (for bad events).",
    });
}
