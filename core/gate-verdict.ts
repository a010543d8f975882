import type { Finding } from "./findings/finding.js";
import type { Policy } from "./policy/policy.js";
import type { Report } from "./report.js";

/**
 * Findings that mean the gate could not check what it was asked to (the token cannot read who
 * may sign off, the policy cannot be used, a file was stopped before it was judged): they fail
 * whatever `fail-on` and `enforcement` say, because the check fails closed (SPEC sections 5 and 10).
 */
export const ALWAYS_FAIL: ReadonlySet<string> = new Set([
  "signoff-authority-unknown",
  "policy-invalid",
  "too-complex",
]);

/** Which findings fail: the Action's `fail-on` input; the App always judges by errors. */
export type FailOn = "error" | "warning" | "never";

export interface GateVerdict {
  /** fail: the check fails; warn: it would, but `enforcement: warn` lets it through; pass. */
  verdict: "pass" | "warn" | "fail";
  /** The first always-failing finding, when one decided. */
  blocking?: Finding;
}

/**
 * The one decision both surfaces make from a report: the Action fails its step on `fail`, the
 * App concludes `failure` on `fail`, `neutral` on `warn` and `success` on `pass`.
 */
export function gateVerdict(
  report: Report,
  enforcement: Policy["enforcement"] = "block",
  failOn: FailOn = "error",
): GateVerdict {
  const blocking = report.findings.find((f) => f.level === "error" && ALWAYS_FAIL.has(f.ruleId));
  if (blocking) return { verdict: "fail", blocking };
  const failing =
    (failOn === "error" && report.errors > 0) ||
    (failOn === "warning" && report.errors + report.warnings > 0);
  if (!failing) return { verdict: "pass" };
  return { verdict: enforcement === "warn" ? "warn" : "fail" };
}
