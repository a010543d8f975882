import { inForce } from "../waivers/waiver.js";
import type { WaiverRule } from "./rule.js";
import { meta } from "./rule.js";

const rule = meta(
  "waiver-too-long",
  "error",
  "A waiver that expires more than `waivers.max_days` ahead.",
  false,
  {
    example: [
      "# policy: waivers: { max_days: 90 } (the default); today is 2026-11-25",
      "waivers:",
      '  - { rule: slo-missing, reason: SLO next quarter, approved_by: "@sam", expires: "2027-06-01" }',
    ],
    fix: "Set `expires` at most `waivers.max_days` ahead; renew the waiver when it runs out if it is still needed.",
  },
);

export const waiverTooLong: WaiverRule = {
  meta: rule,
  check(ctx, waiver) {
    const max = ctx.policy.waivers.max_days;
    if (!inForce(waiver) || waiver.daysLeft <= max) return;
    ctx.report({
      path: [...waiver.path, "expires"],
      message: `The waiver of \`${waiver.rule}\` runs to ${waiver.expires}, more than ${max} days ahead`,
      hint: `Set expires to ${max} days from today at most.`,
    });
  },
};
