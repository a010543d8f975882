import type { LiveCheck, LiveLevel } from "../policy/policy.js";
import { meta, type CheckRule } from "./rule.js";

/**
 * The live checks this version does not run, with what each would have looked at, for the message
 * that says it did not. None today: `instrumentation` and `objectives` run (core/live/), `people`
 * runs (core/people/). Kept so that a live check added to the policy before its engine says so.
 */
const UNCHECKED: Partial<Record<LiveCheck, string>> = {};

/** The live checks that live-check-unavailable speaks for (none in this version). */
export const UNAVAILABLE_LIVE_CHECKS = Object.keys(UNCHECKED) as LiveCheck[];

/**
 * Raised by the policy loaders (core/policy/) once per live check that the policy turns on and
 * this version does not run: a check that is asked for and not run must say so rather than pass
 * in silence (SPEC section 10): a warning, an error under `fail`. Every live check of SPEC
 * section 9 runs in this version, so it has no trigger now.
 */
export const liveCheckUnavailable: CheckRule<{ check: LiveCheck; level: LiveLevel }> = {
  meta: meta(
    "live-check-unavailable",
    "warning",
    "The policy turns on a live check that this version of roadmap-gate does not run. Every live check (`instrumentation`, `objectives`, `people`) runs in this version, so this rule has no trigger now.",
    false,
    {
      example: ["# .github/roadmap-gate.yml", "live:", "  people: warn"],
      fix: "Nothing is checked for that setting, so do not rely on it: set it to `off` (or remove it) until a version that runs the check, or keep it to be told once per evaluation that it is not run. Under `fail` this is an error, so the check fails until you do.",
    },
  ),
  check(context, { check, level }) {
    context.report({
      path: ["live", check],
      // `fail` asks for a failing check when the check cannot be made (SPEC section 10).
      level: level === "fail" ? "error" : undefined,
      message: `\`live.${check}: ${level}\` is not available in this version of roadmap-gate: ${UNCHECKED[check] ?? "it is not run"}, so nothing was checked`,
      hint: `Set live.${check}: off (or remove it) until a version that runs this check; until then it checks nothing.`,
    });
  },
};
