import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const duplicateEntry = meta(
  "duplicate-entry",
  "error",
  "The same entry appears twice in a list.",
);
