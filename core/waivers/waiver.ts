import type { PathSegment } from "../parse/source-position.js";
import type { CheckRule, ItemContext, RuleMeta } from "../rules/rule.js";

/** One of an item's waivers, read once for the waiver rules (core/rules/waiver-*.ts). */
export interface Waiver {
  /** Where it is: ["waivers", i]. */
  path: readonly PathSegment[];
  /** The rule id it names, as written. */
  rule: string;
  expires: string;
  approvedBy: string;
  reason: string;
  /** The rule it names, when the engine knows one by that id. */
  named?: RuleMeta;
  /** Days from today to `expires`; undefined when `expires` is not a real date (date-format says so). */
  daysLeft?: number;
}

/** A waiver rule: checked once per waiver, in the order of core/rules/index.ts's `waiverRules`. */
export type WaiverRule = CheckRule<Waiver, ItemContext>;

/**
 * Whether the waiver names a rule it may waive and has not expired: only such a waiver is judged
 * on its length and its approval, and only then silences anything.
 */
export function inForce(waiver: Waiver): waiver is Waiver & { named: RuleMeta; daysLeft: number } {
  return (
    waiver.named !== undefined &&
    waiver.named.waivable &&
    waiver.daysLeft !== undefined &&
    waiver.daysLeft >= 0
  );
}

/** In force and within the policy's `waivers.max_days`: what is left to judge is its approval. */
export function withinLimit(ctx: ItemContext, waiver: Waiver): boolean {
  return inForce(waiver) && waiver.daysLeft <= ctx.policy.waivers.max_days;
}
