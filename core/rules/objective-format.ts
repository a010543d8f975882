import { meta } from "./rule.js";

/** Raised by the JSON Schema: core/item/shape-findings.ts maps ajv's error to this rule. */
export const objectiveFormat = meta(
  "objective-format",
  "error",
  "An objective outside the `[pNN ]OP NUMBER[UNIT]` grammar.",
);
