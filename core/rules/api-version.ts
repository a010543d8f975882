import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const apiVersion = meta(
  "api-version",
  "error",
  "`apiVersion` must be exactly `roadmap-gate/v1`.",
  false,
);
