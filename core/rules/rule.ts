import type { ErrorBudgetFacts } from "../error-budget/facts.js";
import type { Finding, Level } from "../findings/finding.js";
import type { PathSegment, Target } from "../parse/source-position.js";
import type { Policy } from "../policy/policy.js";
import type { SignOffFacts } from "../signoff/facts.js";
import type { JudgedSignOff } from "../signoff/judge-sign-offs.js";
import type { SloIndex } from "../slo/slo-index.js";

/** A rule's metadata; the README's rule table is generated from it (scripts/rule-table.ts). */
export interface RuleMeta {
  id: string;
  level: Level;
  description: string;
  /** Whether an item's waiver may silence it. Sign-off, waiver and parse rules cannot be waived. */
  waivable: boolean;
}

/** A finding before it has a position: where in the document, not yet which line. */
export interface PendingFinding {
  ruleId: string;
  level: Level;
  path: readonly PathSegment[];
  target: Target;
  /** A character inside the value (e.g. where a query breaks), counted in the parsed string. */
  offset?: number;
  message: string;
  hint: string;
  /** The field it is about, when that is not `path`: a missing key's finding sits at the mapping. */
  field?: readonly PathSegment[];
}

export interface ReportOptions {
  path: readonly PathSegment[];
  target?: Target;
  /** Point at this character of the value rather than at its start (see PendingFinding). */
  offset?: number;
  message: string;
  hint: string;
  /** Overrides the rule's level, e.g. an unverified sign-off that is only a warning. */
  level?: Level;
}

export interface ItemContext {
  /** The parsed item; shape errors may remain, so rules read it defensively (see read.ts). */
  data: Record<string, unknown>;
  /** The item's id when it has a valid one, else its file path: the name messages use. */
  label: string;
  file: string;
  policy: Policy;
  today: string;
  gated: boolean;
  ai: boolean;
  /** GitHub facts, when this item's sign-offs are verified against a pull request's reviews. */
  signOff?: SignOffFacts;
  /** The item's sign-off entries, judged once (dates, decisions, verification). */
  signOffs: JudgedSignOff[];
  /** What Prometheus said of the budgets of the items the error-budget gate applies to. */
  errorBudget?: ErrorBudgetFacts;
  /** The SLOs of the policy's `slo.files`; undefined when there is no cross-check. */
  slos?: SloIndex;
  report(rule: RuleMeta, options: ReportOptions): void;
}

export interface ItemRule {
  meta: RuleMeta;
  check(context: ItemContext): void;
}

/** What a schema rule is told of a value its schema pattern (annotated `"$comment": "rule: <id>"`) rejects. */
export interface PatternMismatch {
  /** Where, as messages say it: "`slices[0].id` in FEAT-142", or the document's name. */
  at: string;
  /** The value, as JSON. */
  shown: string;
}

/**
 * A rule the JSON Schema finds: the schema names it (`"$comment": "rule: <id>"` beside a `pattern`), and
 * the rule says what a value that does not match means.
 */
export interface PatternRule {
  meta: RuleMeta;
  mismatch(value: PatternMismatch): { message: string; hint: string };
}

export function meta(id: string, level: Level, description: string, waivable = true): RuleMeta {
  return { id, level, description, waivable };
}

/** A finding about a whole file, or with file "" the pull request itself: it has no field to locate. */
export interface FileReport {
  file: string;
  line?: number;
  column?: number;
  message: string;
  hint: string;
}

export function fileFinding(rule: RuleMeta, report: FileReport): Finding {
  const { file, line = 1, column = 1, message, hint } = report;
  return { ruleId: rule.id, level: rule.level, file, line, column, message, hint };
}
