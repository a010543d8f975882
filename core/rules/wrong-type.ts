import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const wrongType = meta(
  "wrong-type",
  "error",
  "A value of the wrong type (text, number, list, mapping).",
);
