import { displayPath } from "../item/display-path.js";
import { snake } from "../item/schema-words.js";
import { meta, type SchemaRule } from "./rule.js";

const rule = meta(
  "key-format",
  "error",
  "A metric or instrumentation kind that is not snake_case.",
  true,
  {
    example: ["metrics:", '  ErrorBudget: { objective: "<= 0.5%", window: 28d, source: grafana }'],
    fix: "Write the kind in snake_case (`error_budget`), in the item and in the policy's `gate` lists.",
  },
);

/** A kind that fails the schema's `propertyNames`, or a pattern that names this rule. */
export const keyFormat: SchemaRule = {
  meta: rule,
  keywords: ["propertyNames", "pattern"],
  fromSchema(ctx, { keyword, params, path, at, value }) {
    if (keyword === "pattern") {
      ctx.report({
        path,
        message: `${at} ${JSON.stringify(value)} is not a snake_case kind`,
        hint: "Write it in snake_case, e.g. error_budget.",
      });
      return;
    }
    const key = String(params.propertyName);
    ctx.report({
      path: [...path, key],
      target: "key",
      message: `\`${key}\` in \`${displayPath(path)}\` is not a snake_case kind`,
      hint: `Write it in snake_case, e.g. \`${snake(key)}\`.`,
    });
  },
};
