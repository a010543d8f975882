import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const emptyList = meta(
  "empty-list",
  "error",
  "A list that needs at least one entry is empty.",
);
