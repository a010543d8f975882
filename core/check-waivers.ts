import { daysBetween } from "./dates.js";
import { list, record, text } from "./data/read.js";
import type { ItemContext, ItemFacts, PendingFinding, RuleMeta, WaiverRule } from "./rules/rule.js";
import type { Waiver } from "./waivers/waiver.js";

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
 * Runs the waiver rules over each of the item's waivers, in order. A waiver missing a field is
 * the schema's to report and is not judged. The waivers that stand reach `ctx.waive`.
 */
export function checkWaivers(
  facts: ItemFacts,
  rules: readonly WaiverRule[],
  bind: (rule: RuleMeta) => ItemContext,
): void {
  const waivers = list(facts.data.waivers);
  for (let i = 0; i < waivers.length; i++) {
    const waiver = readWaiver(facts, waivers[i], i);
    if (!waiver) continue;
    for (const rule of rules) rule.check(bind(rule.meta), waiver);
  }
}

function readWaiver(ctx: ItemFacts, raw: unknown, i: number): Waiver | undefined {
  const waiver = record(raw);
  const rule = text(waiver?.rule);
  const expires = text(waiver?.expires);
  const approvedBy = text(waiver?.approved_by);
  if (!waiver || rule === undefined || expires === undefined || approvedBy === undefined)
    return undefined;
  return {
    path: ["waivers", i],
    rule,
    expires,
    approvedBy,
    reason: text(waiver.reason) ?? "",
    named: ctx.catalog.get(rule),
    daysLeft: daysBetween(ctx.today, expires),
  };
}
