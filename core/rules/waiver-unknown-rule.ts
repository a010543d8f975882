import type { WaiverRule } from "./rule.js";
import { meta } from "./rule.js";

const rule = meta(
  "waiver-unknown-rule",
  "warning",
  "A waiver names a rule id that does not exist.",
  false,
  {
    example: [
      "waivers:",
      '  - { rule: slo-missng, reason: SLO next sprint, approved_by: "@sam", expires: "2026-12-15" }',
    ],
    fix: "Name a rule id from the [rule list](README.md).",
  },
);

export const waiverUnknownRule: WaiverRule = {
  meta: rule,
  check(ctx, waiver) {
    if (waiver.named) return;
    ctx.report({
      path: [...waiver.path, "rule"],
      message: `The waiver names rule \`${waiver.rule}\`, which does not exist`,
      hint: "Use a rule id from the rule list, docs/rules/README.md.",
    });
  },
};
