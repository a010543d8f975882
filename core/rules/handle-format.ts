import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const handleFormat = meta(
  "handle-format",
  "error",
  "A handle that is not `@user` or `@org/team`.",
);
