import type { Finding } from "../findings/finding.js";
import type {
  CheckRule,
  ItemContext,
  ItemFacts,
  PendingFinding,
  ReportOptions,
  RuleContext,
  RuleMeta,
} from "./rule.js";

/**
 * Where a file's reports go: the engine's side of a context, which names the rule that reports.
 * Only the engine holds one; a rule gets a context bound to itself (`contextFor`).
 */
export interface Reports {
  readonly file: string;
  add(rule: RuleMeta, options: ReportOptions): void;
}

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

/** Reports that stay pending, for a caller that locates them (see core/evaluate.ts). */
export function pendingReports(file: string, pending: PendingFinding[]): Reports {
  return {
    file,
    add(rule, options) {
      pending.push(pendingFinding(rule, options));
    },
  };
}

/**
 * Reports that are findings at once, pushed to `findings`: at their line and column (default
 * 1:1), or at their path when a `locate` is given (e.g. a PositionIndex over the file).
 */
export function fileReports(
  file: string,
  findings: Finding[],
  locate?: (finding: PendingFinding) => { line: number; column: number },
): Reports {
  return {
    file,
    add(rule, options) {
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

/** A context bound to `rule`: whatever it reports is `rule`'s finding. */
export function contextFor(rule: RuleMeta, reports: Reports): RuleContext {
  return { file: reports.file, report: (options) => reports.add(rule, options) };
}

/** Runs a check rule on `input` with a context bound to it. */
export function runCheck<Input>(rule: CheckRule<Input>, reports: Reports, input: Input): void {
  rule.check(contextFor(rule.meta, reports), input);
}

/** Where an item's reports go: its findings, and the notes of the waivers that stand. */
export interface ItemReports extends Reports {
  waive(ruleId: string, note: PendingFinding): void;
}

/**
 * The context of each of an item's rules: `bind(rule)` before the rule's check gives a context
 * whose report and waive are that rule's. One object an item, its facts copied in once: the rules
 * run one at a time and keep no context, and 36 rules × 10,000 items need no object each.
 */
export function itemContexts(
  facts: ItemFacts,
  reports: ItemReports,
): (rule: RuleMeta) => ItemContext {
  let current: RuleMeta;
  const context: ItemContext = {
    ...facts,
    report: (options) => reports.add(current, options),
    waive: (ruleId, note) => reports.waive(ruleId, pendingFinding(current, note)),
  };
  return (rule) => {
    current = rule;
    return context;
  };
}
