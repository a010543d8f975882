import { summaryLine } from "../core/format/summary-line.js";
import type { Policy } from "../core/policy/policy.js";
import type { Report } from "../core/report.js";
import type { FailOn } from "./inputs.js";

/** Permission and policy errors fail the step whatever fail-on and enforcement say. */
const ALWAYS_FAIL = new Set(["signoff-authority-unknown", "policy-invalid"]);

/** Why the step fails, or undefined when it passes. `enforcement: warn` acts as `fail-on: never`. */
export function failure(
  report: Report,
  failOn: FailOn,
  enforcement: Policy["enforcement"],
): string | undefined {
  const effective = enforcement === "warn" ? "never" : failOn;
  const blocking = report.findings.find((f) => f.level === "error" && ALWAYS_FAIL.has(f.ruleId));
  const failing =
    blocking !== undefined ||
    (effective === "error" && report.errors > 0) ||
    (effective === "warning" && report.errors + report.warnings > 0);
  if (!failing) return undefined;
  const why = blocking ? ` This fails whatever fail-on says: ${blocking.message}.` : "";
  return `roadmap-gate: ${summaryLine(report)}.${why}`;
}
