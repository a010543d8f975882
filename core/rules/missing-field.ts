import { fieldHint } from "../item/schema-words.js";
import { slisOf } from "../slo/metric-slis.js";
import { has } from "../data/read.js";
import { meta, type ItemRule, type SchemaRule } from "./rule.js";

const rule = meta("missing-field", "error", "A required field is missing.", true, {
  example: [
    "slices:",
    "  - id: shadow-scoring",
    "    value: Scores are computed and logged for every order",
    "    # no acceptance",
  ],
  fix: "Add the field the finding names. A missing top-level key is reported at the start of the document; any other at the key of the mapping that lacks it, where you add it.",
});

/**
 * A field the schema's `required` names; and what the schema cannot say of a metric's `sli`, that
 * a ratio needs `total` and one of `good` or `bad` (unless it is a threshold metric's `query`).
 */
export const missingField: ItemRule & SchemaRule = {
  meta: rule,
  keywords: ["required"],
  fromSchema(ctx, { params, path, at }) {
    const missing = String(params.missingProperty);
    ctx.report({
      path,
      field: [...path, missing],
      message: `${at} has no \`${missing}\``,
      hint: fieldHint(missing, "Add", `Add \`${missing}\`.`),
    });
  },
  check(ctx) {
    for (const { kind, sli } of slisOf(ctx.data)) {
      if (has(sli, "query")) continue;
      if (!has(sli, "total"))
        ctx.report({
          path: ["metrics", kind, "sli"],
          target: "key",
          message: `metrics.${kind}.sli has no \`total\` (or \`query\`)`,
          hint: "Write a ratio (`total` and one of `good` or `bad`) or a threshold metric (`query`).",
        });
      else if (!has(sli, "good") && !has(sli, "bad"))
        ctx.report({
          path: ["metrics", kind, "sli"],
          target: "key",
          message: `metrics.${kind}.sli has \`total\` but neither \`good\` nor \`bad\``,
          hint: "Add `good` (the query for good events) or `bad` (for bad events).",
        });
    }
  },
};
