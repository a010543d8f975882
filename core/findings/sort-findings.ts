import type { Finding } from "./finding.js";

const rank = { error: 0, warning: 1, note: 2 } as const;

/** By file, then line and column; ties by level, errors first. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      rank[a.level] - rank[b.level],
  );
}

/** Most important first: errors, then warnings, then notes (for capped outputs like annotations). */
export function byImportance(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => rank[a.level] - rank[b.level]);
}
