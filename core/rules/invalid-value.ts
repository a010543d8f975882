import { suggest } from "../item/suggest.js";
import { slisOf } from "../slo/metric-slis.js";
import { has } from "../data/read.js";
import { meta, type ItemRule, type SchemaRule } from "./rule.js";

const rule = meta("invalid-value", "error", "A value outside the allowed set or range.", true, {
  example: [
    "risk_review:",
    "  risks:",
    "    - id: R1",
    "      description: Model drift degrades suggestions silently",
    "      likelihood: sometimes",
    "      impact: high",
    "      mitigation: Drift alerts and a kill switch",
  ],
  fix: "Use one of the values the finding lists (here `low`, `medium` or `high`), or a number in the allowed range.",
});

/**
 * A value outside the schema's `enum`, `minimum` or `maximum`; also what the schema says in a way
 * no rule names (another keyword, a pattern without a rule). And what the schema cannot say of a
 * metric's `sli`: that it has one form, a ratio or a threshold metric, and a ratio good or bad.
 */
export const invalidValue: ItemRule & SchemaRule = {
  meta: rule,
  keywords: ["enum", "minimum", "maximum"],
  fromSchema(ctx, { keyword, params, path, at, value, ajvMessage }) {
    switch (keyword) {
      case "enum": {
        const allowed = (params.allowedValues as unknown[]).map(String);
        const guess = typeof value === "string" ? suggest(value, allowed) : undefined;
        ctx.report({
          path,
          message: `${at} is ${JSON.stringify(value)}; it must be one of ${allowed.join(", ")}`,
          hint: guess ? `Did you mean \`${guess}\`?` : `Use one of ${allowed.join(", ")}.`,
        });
        return;
      }
      case "minimum":
      case "maximum":
        ctx.report({
          path,
          message: `${at} is ${JSON.stringify(value)}; it must be ${keyword === "minimum" ? "at least" : "at most"} ${String(params.limit)}`,
          hint: "Use a value in range.",
        });
        return;
      case "pattern":
        ctx.report({
          path,
          message: `${at} ${JSON.stringify(value)} does not match the schema's pattern`,
          hint: "See the JSON Schema in schemas/ for the expected shape.",
        });
        return;
      default:
        ctx.report({
          path,
          message: `${at} is not valid: ${ajvMessage ?? keyword}`,
          hint: "See the JSON Schema in schemas/ for the expected shape.",
        });
    }
  },
  check(ctx) {
    for (const { kind, sli } of slisOf(ctx.data)) {
      const at = ["metrics", kind, "sli"];
      if (has(sli, "query")) {
        if (has(sli, "total") || has(sli, "good") || has(sli, "bad"))
          ctx.report({
            path: [...at, "query"],
            target: "key",
            message: `metrics.${kind}.sli has both \`query\` and ratio keys (total, good, bad)`,
            hint: "Keep one form: a ratio (`total` with `good` or `bad`) or a threshold metric (`query`).",
          });
      } else if (has(sli, "good") && has(sli, "bad"))
        ctx.report({
          path: [...at, "bad"],
          target: "key",
          message: `metrics.${kind}.sli has both \`good\` and \`bad\``,
          hint: "A ratio counts good or bad events against the total: keep one of them.",
        });
    }
  },
};
