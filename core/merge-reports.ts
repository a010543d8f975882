import { sortFindings } from "./findings/sort-findings.js";
import type { Report } from "./report.js";

/** One report from reports of disjoint sets of files (e.g. judged in parallel workers). */
export function mergeReports(reports: readonly Report[]): Report {
  const findings = sortFindings(reports.flatMap((r) => r.findings));
  const items = reports
    .flatMap((r) => r.items)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const count = (level: string) => findings.filter((f) => f.level === level).length;
  const errors = count("error");
  return {
    items,
    findings,
    errors,
    warnings: count("warning"),
    notes: count("note"),
    result: errors > 0 ? "fail" : "pass",
    notices: [...new Set(reports.flatMap((r) => r.notices))],
  };
}
