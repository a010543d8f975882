import type { ItemVerdict, Report } from "../report.js";

/** "2 errors, 1 warning in 4 items": the closing line of the text, markdown and github formats. */
export function summaryLine(report: Report<ItemVerdict>): string {
  const parts = [count(report.errors, "error"), count(report.warnings, "warning")];
  if (report.notes > 0) parts.push(count(report.notes, "note"));
  return `${parts.join(", ")} in ${count(report.items.length, "item")}`;
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
