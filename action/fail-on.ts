import { summaryLine } from "../core/format/summary-line.js";
import { gateVerdict } from "../core/gate-verdict.js";
import type { Policy } from "../core/policy/policy.js";
import type { Report } from "../core/report.js";
import type { FailOn } from "./inputs.js";

/**
 * Why the step fails, or undefined when it passes: the App's decision (core/gate-verdict.ts),
 * with `fail-on` choosing which findings count. Permission and policy errors fail it whatever
 * fail-on and enforcement say.
 */
export function failure(
  report: Report,
  failOn: FailOn,
  enforcement: Policy["enforcement"],
): string | undefined {
  const { verdict, blocking } = gateVerdict(report, enforcement, failOn);
  if (verdict !== "fail") return undefined;
  const why = blocking ? ` This fails whatever fail-on says: ${blocking.message}.` : "";
  return `roadmap-gate: ${summaryLine(report)}.${why}`;
}
