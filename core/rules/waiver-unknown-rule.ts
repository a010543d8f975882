import { meta } from "./rule.js";

/** Checked with the other waiver rules in core/waivers/check-waivers.ts: one pass decides which a waiver breaks. */
export const waiverUnknownRule = meta(
  "waiver-unknown-rule",
  "warning",
  "A waiver names a rule id that does not exist.",
  false,
);
