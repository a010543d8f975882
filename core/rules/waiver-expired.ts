import type { WaiverRule } from "./rule.js";
import { meta } from "./rule.js";

const rule = meta("waiver-expired", "error", "A waiver whose `expires` date has passed.", false, {
  example: [
    "waivers:",
    "  - rule: slo-missing",
    "    reason: The SLO lands with the next slice",
    '    approved_by: "@sam"',
    '    expires: "2026-10-01" # today is 2026-11-25',
  ],
  fix: "Fix what the rule reports and remove the waiver, or renew it with a new `expires` and a new approval.",
});

/** An expired waiver is an error whatever it names, an unknown or unwaivable rule included. */
export const waiverExpired: WaiverRule = {
  meta: rule,
  check(ctx, waiver) {
    if (waiver.daysLeft === undefined || waiver.daysLeft >= 0) return;
    ctx.report({
      path: [...waiver.path, "expires"],
      message: `The waiver of \`${waiver.rule}\` expired on ${waiver.expires}`,
      hint: "Fix what the rule reports, or renew the waiver with a new approval.",
    });
  },
};
