import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const keyFormat = meta(
  "key-format",
  "error",
  "A metric or instrumentation kind that is not snake_case.",
);
