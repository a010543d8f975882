import type { WaiverRule } from "./rule.js";
import { meta } from "./rule.js";

const rule = meta(
  "waiver-not-waivable",
  "error",
  "A waiver of a rule that cannot be waived (sign-off, parse, waiver rules, a missing risk review).",
  false,
  {
    example: [
      "waivers:",
      '  - { rule: signoff-stale, reason: Sam is on leave, approved_by: "@sam", expires: "2026-12-15" }',
    ],
    fix: "Fix what the rule reports: sign-off, waiver and parse rules and `risk-review-missing` have no waiver.",
  },
);

export const waiverNotWaivable: WaiverRule = {
  meta: rule,
  check(ctx, waiver) {
    if (!waiver.named || waiver.named.waivable) return;
    ctx.report({
      path: [...waiver.path, "rule"],
      message: `Rule \`${waiver.rule}\` cannot be waived`,
      hint: "Fix what the rule reports; sign-off rules in particular have no waiver.",
    });
  },
};
