import { summaryLine } from "../core/format/summary-line.js";
import type { GateVerdict } from "../core/gate-verdict.js";
import type { Report } from "../core/report.js";

/**
 * Why the step fails, or undefined when it passes: the gate's verdict (core/gate-verdict.ts, with
 * `fail-on` choosing which findings count) as the step's message. Permission and policy errors
 * fail it whatever fail-on and enforcement say.
 */
export function failure(report: Report, { verdict, blocking }: GateVerdict): string | undefined {
  if (verdict !== "fail") return undefined;
  const why = blocking ? ` This fails whatever fail-on says: ${blocking.message}.` : "";
  return `roadmap-gate: ${summaryLine(report)}.${why}`;
}
