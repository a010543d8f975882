import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const unknownKey = meta(
  "unknown-key",
  "error",
  "A key the format does not know (usually a typo); `x-` keys are free.",
  false,
);
