import { fieldHint } from "../item/schema-words.js";
import { meta, type SchemaRule } from "./rule.js";

const rule = meta("empty-value", "error", "A text field is empty or only whitespace.", true, {
  example: [
    "risk_review:",
    "  risks:",
    "    - id: R1",
    "      description: Model drift degrades suggestions silently",
    "      likelihood: medium",
    "      impact: high",
    '      mitigation: " "',
  ],
  fix: "Write the text the field asks for. Blank text (only whitespace) counts as empty.",
});

/** Text shorter than the schema's `minLength`, or only whitespace (a pattern that names this rule). */
export const emptyValue: SchemaRule = {
  meta: rule,
  keywords: ["minLength", "pattern"],
  fromSchema(ctx, { keyword, path, at, field }) {
    ctx.report({
      path,
      message: `${at} is ${keyword === "pattern" ? "blank" : "empty"}`,
      hint: fieldHint(field, "Write", "Write a value."),
    });
  },
};
