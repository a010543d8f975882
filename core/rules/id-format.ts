import { meta, type SchemaRule } from "./rule.js";

const rule = meta("id-format", "error", "The item id does not look like `FEAT-142`.", false);

/** A pattern that names this rule (`"$comment": "rule: id-format"` in the schema). */
export const idFormat: SchemaRule = {
  meta: rule,
  keywords: ["pattern"],
  fromSchema(ctx, { path, value }) {
    ctx.report(rule, {
      path,
      message: `The item id ${JSON.stringify(value)} is not LETTERS-NUMBER`,
      hint: "Write an id such as FEAT-142: capital letters or digits, a dash, a number.",
    });
  },
};
