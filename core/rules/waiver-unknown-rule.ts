import type { WaiverRule } from "../waivers/waiver.js";
import { meta } from "./rule.js";

const rule = meta(
  "waiver-unknown-rule",
  "warning",
  "A waiver names a rule id that does not exist.",
  false,
);

export const waiverUnknownRule: WaiverRule = {
  meta: rule,
  check(ctx, waiver) {
    if (waiver.named) return;
    ctx.report(rule, {
      path: [...waiver.path, "rule"],
      message: `The waiver names rule \`${waiver.rule}\`, which does not exist`,
      hint: "Use a rule id from the README's rule list.",
    });
  },
};
