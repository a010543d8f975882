import { article, describe, fieldHint } from "../item/schema-words.js";
import { meta, type SchemaRule } from "./rule.js";

const rule = meta(
  "wrong-type",
  "error",
  "A value of the wrong type (text, number, list, mapping).",
  true,
  {
    example: ['issue: "twelve" # the issue number'],
    fix: "Write a value of the type the finding names: text, a number, a list or a mapping (`issue: 12`).",
  },
);

/** A value the schema's `type` rejects. */
export const wrongType: SchemaRule = {
  meta: rule,
  keywords: ["type"],
  fromSchema(ctx, { params, path, at, value, field }) {
    const expected = String(params.type);
    ctx.report({
      path,
      message: `${at} must be ${article(expected)}, not ${describe(value)}`,
      hint: fieldHint(field, "Write", `Write ${article(expected)} here.`),
    });
  },
};
