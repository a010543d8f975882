import { meta } from "./rule.js";

/** Checked with the other waiver rules in core/waivers/check-waivers.ts: one pass decides which a waiver breaks. */
export const waiverUnverified = meta(
  "waiver-unverified",
  "error",
  "A waiver's `approved_by` is not backed by an approving review.",
  false,
);
