import type { Finding } from "./findings/finding.js";
import { sortFindings } from "./findings/sort-findings.js";
import type { ItemVerdict, Report } from "./report.js";

/** The one place a report's counts and result are derived from its findings. */
export function buildReport<Item extends ItemVerdict>(
  items: Item[],
  findings: readonly Finding[],
  notices: readonly string[],
): Report<Item> {
  const sorted = sortFindings(findings);
  const count = (level: Finding["level"]) => sorted.filter((f) => f.level === level).length;
  const errors = count("error");
  return {
    items,
    findings: sorted,
    errors,
    warnings: count("warning"),
    notes: count("note"),
    result: errors > 0 ? "fail" : "pass",
    notices: [...new Set(notices)],
  };
}

/** The report with more findings (e.g. the policy's or the pull request's own), counts redone. */
export function withFindings<Item extends ItemVerdict>(
  report: Report<Item>,
  extra: readonly Finding[],
): Report<Item> {
  return extra.length === 0
    ? report
    : buildReport(report.items, [...report.findings, ...extra], report.notices);
}
