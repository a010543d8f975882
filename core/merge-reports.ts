import { buildReport } from "./build-report.js";
import type { Report } from "./report.js";

/** One report from reports of disjoint sets of files (e.g. judged in parallel workers). */
export function mergeReports(reports: readonly Report[]): Report {
  const items = reports
    .flatMap((r) => r.items)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return buildReport(
    items,
    reports.flatMap((r) => r.findings),
    reports.flatMap((r) => r.notices),
  );
}
