import { meta } from "./rule.js";

/** Checked with the other waiver rules in core/waivers/check-waivers.ts: one pass decides which a waiver breaks. */
export const waiverExpired = meta(
  "waiver-expired",
  "error",
  "A waiver whose `expires` date has passed.",
  false,
);
