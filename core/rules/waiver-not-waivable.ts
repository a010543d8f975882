import { meta } from "./rule.js";

/** Checked with the other waiver rules in core/waivers/check-waivers.ts: one pass decides which a waiver breaks. */
export const waiverNotWaivable = meta(
  "waiver-not-waivable",
  "error",
  "A waiver of a rule that cannot be waived (sign-off, parse, waiver rules, a missing risk review).",
  false,
);
