import { meta } from "./rule.js";

/** Checked with the other waiver rules in core/waivers/check-waivers.ts: one pass decides which a waiver breaks. */
export const waiverTooLong = meta(
  "waiver-too-long",
  "error",
  "A waiver that expires more than `waivers.max_days` ahead.",
  false,
);
