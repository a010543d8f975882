import { meta, type SchemaRule } from "./rule.js";

const rule = meta("duplicate-entry", "error", "The same entry appears twice in a list.");

/** A list the schema's `uniqueItems` rejects. */
export const duplicateEntry: SchemaRule = {
  meta: rule,
  keywords: ["uniqueItems"],
  fromSchema(ctx, { path, at }) {
    ctx.report(rule, {
      path,
      message: `${at} lists the same entry twice`,
      hint: "Remove the repeated entry.",
    });
  },
};
