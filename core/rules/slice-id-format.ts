import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const sliceIdFormat = meta("slice-id-format", "error", "A slice id that is not kebab-case.");
