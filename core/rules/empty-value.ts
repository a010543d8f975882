import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const emptyValue = meta("empty-value", "error", "A text field is empty or only whitespace.");
