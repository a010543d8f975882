import type { Finding } from "../findings/finding.js";
import type { PendingFinding, ReportOptions, RuleContext, RuleMeta } from "./rule.js";

/** A report as a pending finding: at its path, located later; or at its place, when it has one. */
export function pendingFinding(rule: RuleMeta, o: ReportOptions): PendingFinding {
  const finding: PendingFinding = {
    ruleId: rule.id,
    level: o.level ?? rule.level,
    path: o.path ?? [],
    target: o.target ?? "value",
    message: o.message,
    hint: o.hint,
  };
  if (o.offset !== undefined) finding.offset = o.offset;
  if (o.field !== undefined) finding.field = o.field;
  if (o.path === undefined) finding.place = { line: o.line ?? 1, column: o.column ?? 1 };
  return finding;
}

/** A context whose reports stay pending, for a caller that locates them (see core/evaluate.ts). */
export function pendingContext(file: string, pending: PendingFinding[]): RuleContext {
  return {
    file,
    report(rule, options) {
      pending.push(pendingFinding(rule, options));
    },
  };
}

/**
 * A context whose reports are findings at once, pushed to `findings`: at their line and column
 * (default 1:1), or at their path when a `locate` is given (e.g. a PositionIndex over the file).
 */
export function fileContext(
  file: string,
  findings: Finding[],
  locate?: (finding: PendingFinding) => { line: number; column: number },
): RuleContext {
  return {
    file,
    report(rule, options) {
      const pending = pendingFinding(rule, options);
      const { line, column } = pending.place ?? (locate ? locate(pending) : { line: 1, column: 1 });
      findings.push({
        ruleId: pending.ruleId,
        level: pending.level,
        file,
        line,
        column,
        message: pending.message,
        hint: pending.hint,
      });
    },
  };
}
