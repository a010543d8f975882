import { buildReport } from "./build-report.js";
import type { ItemVerdict, Report } from "./report.js";

/** One report from reports of disjoint sets of files (e.g. judged in parallel workers). */
export function mergeReports<Item extends ItemVerdict>(
  reports: readonly Report<Item>[],
): Report<Item> {
  const items = reports
    .flatMap((r) => r.items)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return buildReport(
    items,
    reports.flatMap((r) => r.findings),
    reports.flatMap((r) => r.notices),
  );
}
