import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const missingField = meta("missing-field", "error", "A required field is missing.");
