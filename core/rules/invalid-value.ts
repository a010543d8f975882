import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const invalidValue = meta(
  "invalid-value",
  "error",
  "A value outside the allowed set or range.",
);
