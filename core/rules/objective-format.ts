import { meta, type SchemaRule } from "./rule.js";

const rule = meta(
  "objective-format",
  "error",
  "An objective outside the `[pNN ]OP NUMBER[UNIT]` grammar.",
);

/** A pattern that names this rule (`"$comment": "rule: objective-format"` in the schema). */
export const objectiveFormat: SchemaRule = {
  meta: rule,
  keywords: ["pattern"],
  fromSchema(ctx, { path, at, value }) {
    ctx.report(rule, {
      path,
      message: `${at} ${JSON.stringify(value)} does not read as an objective`,
      hint: 'Write `[pNN ]OP NUMBER[UNIT]`, e.g. ">= 99.5%", "p95 <= 300ms" or "<= 2/week".',
    });
  },
};
