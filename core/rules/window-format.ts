import { meta, type SchemaRule } from "./rule.js";

const rule = meta("window-format", "error", "A window that is not NUMBER + h, d or w.");

/** A pattern that names this rule (`"$comment": "rule: window-format"` in the schema). */
export const windowFormat: SchemaRule = {
  meta: rule,
  keywords: ["pattern"],
  fromSchema(ctx, { path, at, value }) {
    ctx.report(rule, {
      path,
      message: `${at} ${JSON.stringify(value)} is not a window`,
      hint: "Write NUMBER + h, d or w, e.g. 28d.",
    });
  },
};
