import type { PathSegment } from "../parse/source-position.js";
import type { RuleMeta } from "../findings/rule-meta.js";
import type { Policy } from "../policy/policy.js";
import type { SignOffFacts } from "../signoff/facts.js";

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

/**
 * What judging a waiver reads of its item (an item rule's context has it): types below the rules,
 * so that the waiver rules import this file and it imports none of them.
 */
export interface WaiverFacts {
  readonly file: string;
  readonly policy: Policy;
  readonly signOff?: SignOffFacts;
}

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
export function withinLimit(ctx: WaiverFacts, waiver: Waiver): boolean {
  return inForce(waiver) && waiver.daysLeft <= ctx.policy.waivers.max_days;
}
