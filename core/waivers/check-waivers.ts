import { daysBetween } from "../dates.js";
import { isUnlisted } from "../signoff/judge-sign-offs.js";
import { verifyReviewer } from "../signoff/verify-sign-off.js";
import { list, record, text } from "../rules/read.js";
import type { ItemContext, PendingFinding, RuleMeta } from "../rules/rule.js";
import { waiverApplied } from "../rules/waiver-applied.js";
import { waiverExpired } from "../rules/waiver-expired.js";
import { waiverNotWaivable } from "../rules/waiver-not-waivable.js";
import { waiverTooLong } from "../rules/waiver-too-long.js";
import { waiverUnknownRule } from "../rules/waiver-unknown-rule.js";
import { waiverUnverified } from "../rules/waiver-unverified.js";

const waiverRules = {
  expired: waiverExpired,
  tooLong: waiverTooLong,
  notWaivable: waiverNotWaivable,
  unknownRule: waiverUnknownRule,
  unverified: waiverUnverified,
  applied: waiverApplied,
};

/**
 * What decides whether the gate applies (status, ai) and the risk review itself: a finding about
 * them stays whatever rule a waiver names, or a waiver could turn a gated item into an ungated one.
 */
const GATE_FIELDS: ReadonlySet<unknown> = new Set(["status", "ai", "risk_review"]);

/** Whether a waiver of its rule may silence this finding. */
export function waivable(finding: PendingFinding): boolean {
  return !GATE_FIELDS.has((finding.field ?? finding.path)[0]);
}

/**
 * Checks an item's waivers and returns the rule ids they silence. Invalid waivers silence nothing.
 * `catalog` is every known rule, so a waiver of an unknown or unwaivable rule is caught.
 */
export function checkWaivers(
  ctx: ItemContext,
  catalog: ReadonlyMap<string, RuleMeta>,
): Map<string, PendingFinding> {
  const silenced = new Map<string, PendingFinding>();
  list(ctx.data.waivers).forEach((raw, i) => {
    const waiver = record(raw);
    const rule = text(waiver?.rule);
    const expires = text(waiver?.expires);
    const approvedBy = text(waiver?.approved_by);
    if (!waiver || rule === undefined || expires === undefined || approvedBy === undefined) return;
    const path = ["waivers", i];
    const known = catalog.get(rule);
    const left = daysBetween(ctx.today, expires);
    // An expired waiver is an error whatever it names.
    if (left !== undefined && left < 0) {
      ctx.report(waiverRules.expired, {
        path: [...path, "expires"],
        message: `The waiver of \`${rule}\` expired on ${expires}`,
        hint: "Fix what the rule reports, or renew the waiver with a new approval.",
      });
    }
    if (!known) {
      ctx.report(waiverRules.unknownRule, {
        path: [...path, "rule"],
        message: `The waiver names rule \`${rule}\`, which does not exist`,
        hint: "Use a rule id from the README's rule list.",
      });
      return;
    }
    if (!known.waivable) {
      ctx.report(waiverRules.notWaivable, {
        path: [...path, "rule"],
        message: `Rule \`${rule}\` cannot be waived`,
        hint: "Fix what the rule reports; sign-off rules in particular have no waiver.",
      });
      return;
    }
    // date-format reports a date that does not read; an expired waiver is reported above.
    if (left === undefined || left < 0) return;
    if (left > ctx.policy.waivers.max_days) {
      ctx.report(waiverRules.tooLong, {
        path: [...path, "expires"],
        message: `The waiver of \`${rule}\` runs to ${expires}, more than ${ctx.policy.waivers.max_days} days ahead`,
        hint: `Set expires to ${ctx.policy.waivers.max_days} days from today at most.`,
      });
      return;
    }
    // Locally nothing is verified, but a list of users is checked, as for a sign-off.
    if (!ctx.signOff?.changedPaths.has(ctx.file) && isUnlisted(approvedBy, ctx.policy)) {
      ctx.report(waiverRules.unverified, {
        path: [...path, "approved_by"],
        message: `The waiver of \`${rule}\` is approved by ${approvedBy}, who is not among the policy's reviewers (${ctx.policy.sign_off.reviewers.join(", ")})`,
        hint: "Ask a reviewer listed in sign_off.reviewers to approve the waiver, or fix what the rule reports.",
      });
      return;
    }
    if (ctx.signOff?.changedPaths.has(ctx.file)) {
      const v = verifyReviewer(approvedBy, ctx.file, ctx.signOff);
      if (!v.verified) {
        ctx.report(waiverRules.unverified, {
          path: [...path, "approved_by"],
          message: `The waiver of \`${rule}\` is not backed by an approval: ${v.reason}`,
          hint: `${approvedBy} must approve this pull request after the last change to the item file.`,
        });
        return;
      }
    }
    silenced.set(rule, {
      ruleId: waiverRules.applied.id,
      level: "note",
      path,
      target: "value",
      message: `Rule \`${rule}\` is waived for ${ctx.label} until ${expires}, approved by ${approvedBy}: ${text(waiver.reason) ?? ""}`,
      hint: "Waivers are temporary: fix what the rule reports before the waiver expires.",
    });
  });
  return silenced;
}
