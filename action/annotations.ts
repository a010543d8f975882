import * as core from "@actions/core";
import type { Finding, Level } from "../core/findings/finding.js";
import { byImportance } from "../core/findings/sort-findings.js";

/** GitHub shows at most this many annotations of each level per step and drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10;

export type Unshown = Record<Level, number>;

const WRITE: Record<Level, typeof core.error> = {
  error: core.error,
  warning: core.warning,
  note: core.notice,
};

/**
 * Writes findings as annotations at their file, line and column: errors first, then warnings,
 * then notes, at most ten of each; the run's notices come first among the notices.
 * Returns how many of each level were not shown, for the summary to say so.
 */
export function annotate(findings: readonly Finding[], notices: readonly string[]): Unshown {
  const shown: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  const unshown: Unshown = { error: 0, warning: 0, note: 0 };
  for (const notice of notices.slice(0, ANNOTATIONS_PER_LEVEL)) {
    core.notice(notice, { title: "roadmap-gate" });
    shown.note += 1;
  }
  for (const finding of byImportance(findings)) {
    if (shown[finding.level] >= ANNOTATIONS_PER_LEVEL) {
      unshown[finding.level] += 1;
      continue;
    }
    shown[finding.level] += 1;
    WRITE[finding.level](`${finding.message}\nHint: ${finding.hint}`, {
      title: finding.ruleId,
      // A pull-request-level finding (file "") belongs to no file: it shows on the run.
      ...(finding.file !== ""
        ? { file: finding.file, startLine: finding.line, startColumn: finding.column }
        : {}),
    });
  }
  return unshown;
}
