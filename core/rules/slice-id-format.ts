import { meta, patternRule } from "./rule.js";

/** A pattern that names this rule (`"$comment": "rule: slice-id-format"` in the schema). */
export const sliceIdFormat = patternRule({
  meta: meta("slice-id-format", "error", "A slice id that is not kebab-case.", true, {
    example: [
      "slices:",
      "  - id: Shadow_Scoring",
      "    value: Scores are computed and logged for every order",
      "    acceptance: Shadow logs complete for 7 days",
    ],
    fix: "Use lower-case words joined by dashes (`shadow-scoring`), and rename it in every `depends_on` and `from_slice` that names it.",
  }),
  says: (at, shown) => `${at} ${shown} is not a kebab-case slice id`,
  hint: "Use lower-case words joined by dashes, e.g. read-only-preview.",
});
