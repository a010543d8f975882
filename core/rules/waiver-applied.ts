import { approvalProblem } from "../waivers/waiver-approval.js";
import { withinLimit } from "../waivers/waiver.js";
import type { WaiverRule } from "./rule.js";
import { meta } from "./rule.js";

const rule = meta("waiver-applied", "note", "A waiver in force: shown in every report.", false, {
  example: [
    "waivers:",
    '  - { rule: slo-missing, reason: SLO next sprint, approved_by: "@sam", expires: "2026-12-15" }',
  ],
  fix: "Nothing to fix yet: the note says the waiver is in force. Fix what the waived rule reports before the waiver expires.",
});

/**
 * A waiver that no other waiver rule faults silences the waivable findings of the rule it names
 * (core/check-waivers.ts), and this note says so in their place.
 */
export const waiverApplied: WaiverRule = {
  meta: rule,
  check(ctx, waiver) {
    if (!withinLimit(ctx, waiver) || approvalProblem(ctx, waiver)) return;
    ctx.waive(waiver.rule, {
      path: waiver.path,
      message: `Rule \`${waiver.rule}\` is waived for ${ctx.label} until ${waiver.expires}, approved by ${waiver.approvedBy}: ${waiver.reason}`,
      hint: "Waivers are temporary: fix what the rule reports before the waiver expires.",
    });
  },
};
