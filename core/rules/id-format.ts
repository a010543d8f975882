import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const idFormat = meta(
  "id-format",
  "error",
  "The item id does not look like `FEAT-142`.",
  false,
);
