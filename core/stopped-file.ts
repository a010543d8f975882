import { buildReport } from "./build-report.js";
import type { Finding } from "./findings/finding.js";
import { unreadableItemReport } from "./item-report.js";
import type { Report } from "./report.js";
import { fileReports, runCheck } from "./rules/context.js";
import { tooComplex, type StopCause } from "./rules/too-complex.js";

/** A file a surface stopped judging, with its size and why. */
export type StoppedFile = { file: string; bytes: number } & StopCause;

/** The rule's finding for a stopped file, for the surfaces that stop a worker thread. */
export function tooComplexFinding({ file, ...stop }: StoppedFile): Finding {
  const findings: Finding[] = [];
  runCheck(tooComplex, fileReports(file, findings), stop);
  return findings[0]!;
}

/** The report of an evaluation stopped at a file: that file unjudged, with the finding. */
export function tooComplexReport(stopped: StoppedFile): Report {
  return buildReport([unreadableItemReport(stopped.file)], [tooComplexFinding(stopped)], []);
}
