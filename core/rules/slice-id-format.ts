import { meta, type SchemaRule } from "./rule.js";

const rule = meta("slice-id-format", "error", "A slice id that is not kebab-case.");

/** A pattern that names this rule (`"$comment": "rule: slice-id-format"` in the schema). */
export const sliceIdFormat: SchemaRule = {
  meta: rule,
  keywords: ["pattern"],
  fromSchema(ctx, { path, at, value }) {
    ctx.report(rule, {
      path,
      message: `${at} ${JSON.stringify(value)} is not a kebab-case slice id`,
      hint: "Use lower-case words joined by dashes, e.g. read-only-preview.",
    });
  },
};
