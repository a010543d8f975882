import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const windowFormat = meta(
  "window-format",
  "error",
  "A window that is not NUMBER + h, d or w.",
);
