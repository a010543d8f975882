import type { ErrorBudgetFacts } from "../error-budget/facts.js";
import type { LiveFacts } from "../live/facts.js";
import type { PeopleFacts } from "../people/facts.js";
import type { Level } from "../findings/finding.js";
import type { RuleDocs, RuleMeta } from "../findings/rule-meta.js";
import type { ParseRuleId, ProblemOf } from "../parse/parse-problem.js";
import type { PathSegment, Target } from "../parse/source-position.js";
import type { Policy } from "../policy/policy.js";
import type { SignOffFacts } from "../signoff/facts.js";
import type { JudgedSignOff } from "../signoff/judge-sign-offs.js";
import type { SloIndex } from "../slo/slo-index.js";
import type { Waiver } from "../waivers/waiver.js";

/** The metadata of a rule is a finding's: below the rules, so that facts may name a rule. */
export type { RuleDocs, RuleMeta };

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
  /** The place itself, for a finding that is about no field (see ReportOptions). */
  place?: { line: number; column: number };
}

/**
 * What a rule says of one finding, and where: at a field of the parsed document (`path`, located
 * to a line and column afterwards, and only for files with findings), or, for a finding about no
 * field (a parse error, a whole file, the pull request), at `line` and `column` (default 1:1).
 */
export interface ReportOptions {
  path?: readonly PathSegment[];
  target?: Target;
  /** Point at this character of the value rather than at its start (see PendingFinding). */
  offset?: number;
  /** The field it is about, when that is not `path`: a missing key's finding sits at the mapping. */
  field?: readonly PathSegment[];
  line?: number;
  column?: number;
  message: string;
  hint: string;
  /** Overrides the rule's level, e.g. an unverified sign-off that is only a warning. */
  level?: Level;
}

/**
 * The one context every rule reports through, bound to the rule that runs (as ESLint binds
 * `context.report`): a report names no rule, so a rule can only report its own id. The engine
 * makes one per rule (core/rules/context.ts); a rule file never makes one.
 */
export interface RuleContext {
  /** The file the findings are in; "" is the pull request itself. */
  readonly file: string;
  report(options: ReportOptions): void;
}

/** What an item rule reads besides its context: the item and what the engine knows of it. */
export interface ItemFacts {
  /** The file the findings are in. */
  readonly file: string;
  /** The parsed item; shape errors may remain, so rules read it defensively (see read.ts). */
  data: Record<string, unknown>;
  /** The item's id when it has a valid one, else its file path: the name messages use. */
  label: string;
  policy: Policy;
  today: string;
  gated: boolean;
  ai: boolean;
  /** GitHub facts, when this item's sign-offs are verified against a pull request's reviews. */
  signOff?: SignOffFacts;
  /** The item's sign-offs entries, judged once (dates, decisions, verification). */
  signOffs: JudgedSignOff[];
  /** What Prometheus said of the budgets of the items the error-budget gate applies to. */
  errorBudget?: ErrorBudgetFacts;
  /** What Prometheus said for the live checks (SPEC sections 9.1 and 9.2). */
  live?: LiveFacts;
  /** The SLOs of the policy's `slo.files`; undefined when there is no cross-check. */
  slos?: SloIndex;
  /** What GitHub said of the handles of the items the people checks apply to (SPEC 9.3). */
  people?: PeopleFacts;
  /** Every file that uses each item id, in path order (this one included), for `id-duplicate`. */
  idHolders: ReadonlyMap<string, readonly string[]>;
  /** Every rule the engine knows, by id, so that a waiver of an unknown rule is caught. */
  catalog: ReadonlyMap<string, RuleMeta>;
}

/** An item rule's context: the item's facts and a report bound to the rule. */
export interface ItemContext extends ItemFacts, RuleContext {
  /**
   * A valid waiver silences the waivable findings of rule `ruleId` (see core/waivers/), and
   * `note` is reported, as this rule's finding (`waiver-applied`), in their place.
   */
  waive(ruleId: string, note: ReportOptions): void;
}

/** A rule that judges one parsed item. */
export interface ItemRule {
  meta: RuleMeta;
  check(context: ItemContext): void;
}

/**
 * A rule checked with something besides an item, or beside it: a policy problem, a linked id, a
 * file's size, one of an item's waivers.
 */
export interface CheckRule<Input, Context extends RuleContext = RuleContext> {
  meta: RuleMeta;
  check(context: Context, input: Input): void;
}

/** A waiver rule: checked once per waiver, in the order of core/rules/index.ts's `waiverRules`. */
export type WaiverRule = CheckRule<Waiver, ItemContext>;

/** A rule the parser finds: it says in words what the parser's problem (data) means for the user. */
export interface ParseRule<Id extends ParseRuleId = ParseRuleId> {
  meta: RuleMeta;
  /** The hint every finding of it gives, unless the problem calls for its own (`hintFor`). */
  hint: string;
  says(problem: ProblemOf<Id>): string;
  hintFor(problem: ProblemOf<Id>): string;
  fromParser(context: RuleContext, failure: ParseAt<Id>): void;
}

/** A parser's problem and where it is (default 1:1). */
export interface ParseAt<Id extends ParseRuleId = ParseRuleId> {
  problem: ProblemOf<Id>;
  line?: number;
  column?: number;
}

/**
 * A parse rule from its metadata, the hint every finding of it gives (a policy file that fails to
 * parse gives it too), and its words for the parser's problem (core/parse/parse-problem.ts), so
 * that a rule's message is written in the rule's file and the parser imports no rule.
 */
export function parseRule<Id extends ParseRuleId>(rule: {
  meta: RuleMeta;
  hint: string;
  says: (problem: ProblemOf<Id>) => string;
  hintFor?: (problem: ProblemOf<Id>) => string | undefined;
}): ParseRule<Id> {
  const hintFor = (problem: ProblemOf<Id>) => rule.hintFor?.(problem) ?? rule.hint;
  return {
    meta: rule.meta,
    hint: rule.hint,
    says: rule.says,
    hintFor,
    fromParser(context, { problem, line, column }) {
      context.report({ message: rule.says(problem), hint: hintFor(problem), line, column });
    },
  };
}

/** One of ajv's errors, read for the user: where, which value, what the schema said. */
export interface SchemaError {
  /** ajv's keyword: `required`, `type`, `pattern`, ... */
  keyword: string;
  params: Record<string, unknown>;
  /** The schema object that failed: the validators are built `verbose` (scripts/build-validators.mjs). */
  parentSchema: unknown;
  path: readonly PathSegment[];
  /** The document's name in messages: "FEAT-142", "the policy". */
  what: string;
  /** Where, as messages say it: "`slices[0].id` in FEAT-142", or the document's name, capitalised. */
  at: string;
  /** The value at `path` (undefined when there is none). */
  value: unknown;
  /** The last key in `path`, "" at the top: what field hints are looked up by. */
  field: string;
  /** ajv's own words, for a keyword no rule speaks for. */
  ajvMessage?: string;
}

/**
 * A rule the JSON Schema finds. It names the ajv keywords it speaks for; a `pattern` speaks for
 * the rule its schema names (`"$comment": "rule: <id>"`), see core/load/shape-findings.ts.
 */
export interface SchemaRule {
  meta: RuleMeta;
  keywords: readonly string[];
  fromSchema(context: RuleContext, error: SchemaError): void;
}

/**
 * A schema rule that a `pattern` names (`"$comment": "rule: <id>"` in the schema): what a value
 * that does not match means, said from where it is (`at`) and the value as JSON (`shown`).
 */
export function patternRule(rule: {
  meta: RuleMeta;
  says: (at: string, shown: string) => string;
  hint: string;
}): SchemaRule {
  return {
    meta: rule.meta,
    keywords: ["pattern"],
    fromSchema(context, { path, at, value }) {
      context.report({
        path,
        message: rule.says(at, JSON.stringify(value)),
        hint: rule.hint,
      });
    },
  };
}

export function meta(
  id: string,
  level: Level,
  description: string,
  waivable = true,
  docs?: RuleDocs,
): RuleMeta {
  return docs ? { id, level, description, waivable, docs } : { id, level, description, waivable };
}
