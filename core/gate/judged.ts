import type { Finding } from "../findings/finding.js";
import type { Report } from "../report.js";
import { tooComplexFinding, tooComplexReport } from "../stopped-file.js";
import type { EvaluationOutcome } from "./job.js";

/** A job's value, or the file it was stopped at as the `too-complex` finding and its report. */
export type Judged<T> =
  { kind: "done"; value: T } | { kind: "stopped"; finding: Finding; report: Report };

/** The one mapping of a stopped job to its finding, for every surface. */
export function judged<T>(outcome: EvaluationOutcome<T>): Judged<T> {
  if (outcome.kind === "done") return outcome;
  return {
    kind: "stopped",
    finding: tooComplexFinding(outcome),
    report: tooComplexReport(outcome),
  };
}
