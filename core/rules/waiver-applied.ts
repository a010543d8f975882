import { meta } from "./rule.js";

/** Checked with the other waiver rules in core/waivers/check-waivers.ts: one pass decides which a waiver breaks. */
export const waiverApplied = meta(
  "waiver-applied",
  "note",
  "A waiver in force: shown in every report.",
  false,
);
