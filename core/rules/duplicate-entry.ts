import { meta, type SchemaRule } from "./rule.js";

const rule = meta("duplicate-entry", "error", "The same entry appears twice in a list.", true, {
  example: [
    "slices:",
    "  - id: read-only-preview",
    "    value: Staff see suggestions in the admin panel",
    "    acceptance: Preview renders for every seeded account",
    "    depends_on: [shadow-scoring, shadow-scoring]",
  ],
  fix: "Remove the repeated entry.",
});

/** A list the schema's `uniqueItems` rejects. */
export const duplicateEntry: SchemaRule = {
  meta: rule,
  keywords: ["uniqueItems"],
  fromSchema(ctx, { path, at }) {
    ctx.report({
      path,
      message: `${at} lists the same entry twice`,
      hint: "Remove the repeated entry.",
    });
  },
};
