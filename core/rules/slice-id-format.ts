import { meta, patternRule } from "./rule.js";

/** A pattern that names this rule (`"$comment": "rule: slice-id-format"` in the schema). */
export const sliceIdFormat = patternRule({
  meta: meta("slice-id-format", "error", "A slice id that is not kebab-case."),
  says: (at, shown) => `${at} ${shown} is not a kebab-case slice id`,
  hint: "Use lower-case words joined by dashes, e.g. read-only-preview.",
});
