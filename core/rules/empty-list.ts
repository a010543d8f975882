import { fieldHint } from "../item/schema-words.js";
import { meta, type SchemaRule } from "./rule.js";

const rule = meta("empty-list", "error", "A list that needs at least one entry is empty.", true, {
  example: ["team:", "  domain_experts: []"],
  fix: 'Add at least one entry (`domain_experts: ["@maria"]`).',
});

/** A list shorter than the schema's `minItems`. */
export const emptyList: SchemaRule = {
  meta: rule,
  keywords: ["minItems"],
  fromSchema(ctx, { params, path, at, field }) {
    ctx.report({
      path,
      message: `${at} is empty; it needs at least ${String(params.limit)} entry`,
      hint: fieldHint(field, "Add", "Add an entry."),
    });
  },
};
