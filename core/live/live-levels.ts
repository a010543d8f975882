import type { Level } from "../findings/finding.js";
import type { LiveLevel, Policy } from "../policy/policy.js";
import type { LiveFacts } from "./facts.js";

/** A finding of a check that ran: an error under `fail`, a warning under `warn`. */
export function checkLevel(level: LiveLevel): Level {
  return level === "fail" ? "error" : "warning";
}

/**
 * A query with no answer (or no number): a warning, an error with `live.unreachable: fail`, or
 * when no Prometheus URL was given to a check set to `fail` (SPEC section 10).
 */
export function unansweredLevel(facts: LiveFacts, policy: Policy): Level {
  return facts.noPrometheus || policy.live.unreachable === "fail" ? "error" : "warning";
}
