import { inForce, type WaiverRule } from "../waivers/waiver.js";
import { meta } from "./rule.js";

const rule = meta(
  "waiver-too-long",
  "error",
  "A waiver that expires more than `waivers.max_days` ahead.",
  false,
);

export const waiverTooLong: WaiverRule = {
  meta: rule,
  check(ctx, waiver) {
    const max = ctx.policy.waivers.max_days;
    if (!inForce(waiver) || waiver.daysLeft <= max) return;
    ctx.report(rule, {
      path: [...waiver.path, "expires"],
      message: `The waiver of \`${waiver.rule}\` runs to ${waiver.expires}, more than ${max} days ahead`,
      hint: `Set expires to ${max} days from today at most.`,
    });
  },
};
