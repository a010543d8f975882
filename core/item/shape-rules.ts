import { meta } from "../rules/rule.js";

/** Rules found by the JSON Schema; their messages are made in shape-findings.ts. */
export const shapeRules = {
  apiVersion: meta(
    "api-version",
    "error",
    "`apiVersion` must be exactly `roadmap-gate/v1`.",
    false,
  ),
  unknownKey: meta(
    "unknown-key",
    "error",
    "A key the format does not know (usually a typo); `x-` keys are free.",
    false,
  ),
  keyFormat: meta(
    "key-format",
    "error",
    "A metric or instrumentation kind that is not snake_case.",
  ),
  missingField: meta("missing-field", "error", "A required field is missing."),
  wrongType: meta(
    "wrong-type",
    "error",
    "A value of the wrong type (text, number, list, mapping).",
  ),
  invalidValue: meta("invalid-value", "error", "A value outside the allowed set or range."),
  idFormat: meta("id-format", "error", "The item id does not look like `FEAT-142`.", false),
  handleFormat: meta("handle-format", "error", "A handle that is not `@user` or `@org/team`."),
  sliceIdFormat: meta("slice-id-format", "error", "A slice id that is not kebab-case."),
  objectiveFormat: meta(
    "objective-format",
    "error",
    "An objective outside the `[pNN ]OP NUMBER[UNIT]` grammar.",
  ),
  windowFormat: meta("window-format", "error", "A window that is not NUMBER + h, d or w."),
  dateFormat: meta("date-format", "error", "A date that is not an ISO date (YYYY-MM-DD).", false),
  emptyList: meta("empty-list", "error", "A list that needs at least one entry is empty."),
  emptyValue: meta("empty-value", "error", "A text field is empty or only whitespace."),
  duplicateEntry: meta("duplicate-entry", "error", "The same entry appears twice in a list."),
} as const;
