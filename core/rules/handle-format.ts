import { meta, type SchemaRule } from "./rule.js";

const rule = meta("handle-format", "error", "A handle that is not `@user` or `@org/team`.");

/** A pattern that names this rule (`"$comment": "rule: handle-format"` in the schema). */
export const handleFormat: SchemaRule = {
  meta: rule,
  keywords: ["pattern"],
  fromSchema(ctx, { path, at, value }) {
    ctx.report(rule, {
      path,
      message: `${at} ${JSON.stringify(value)} is not a GitHub handle`,
      hint: "Write @user or @org/team.",
    });
  },
};
