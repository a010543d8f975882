import type { ParseProblem, ParseRuleId } from "../parse/parse-problem.js";
import { aliasBomb } from "./alias-bomb.js";
import { duplicateKey } from "./duplicate-key.js";
import { emptyFile } from "./empty-file.js";
import { fileTooLarge } from "./file-too-large.js";
import { linkMissing } from "./link-missing.js";
import { linkNotReady } from "./link-not-ready.js";
import { linkUnknown } from "./link-unknown.js";
import { notAMapping } from "./not-a-mapping.js";
import { notUtf8 } from "./not-utf8.js";
import { policyChange } from "./policy-change.js";
import { policyExtendsUnresolved } from "./policy-extends-unresolved.js";
import { policyPathsUnmatched } from "./policy-paths-unmatched.js";
import { policyInvalid } from "./policy-invalid.js";
import { liveCheckUnavailable } from "./live-check-unavailable.js";
import { instrumentationNoData } from "./instrumentation-no-data.js";
import { instrumentationUnknown } from "./instrumentation-unknown.js";
import { objectiveBreached } from "./objective-breached.js";
import { objectiveUnmeasured } from "./objective-unmeasured.js";
import { tooDeep } from "./too-deep.js";
import { unknownTag } from "./unknown-tag.js";
import { unreadable } from "./unreadable.js";
import { yamlSyntax } from "./yaml-syntax.js";
import { dateFormat } from "./date-format.js";
import { apiVersion } from "./api-version.js";
import { duplicateEntry } from "./duplicate-entry.js";
import { emptyList } from "./empty-list.js";
import { emptyValue } from "./empty-value.js";
import { handleFormat } from "./handle-format.js";
import { idFormat } from "./id-format.js";
import { invalidValue } from "./invalid-value.js";
import { keyFormat } from "./key-format.js";
import { missingField } from "./missing-field.js";
import { objectiveFormat } from "./objective-format.js";
import { sliceIdFormat } from "./slice-id-format.js";
import { unknownKey } from "./unknown-key.js";
import { windowFormat } from "./window-format.js";
import { wrongType } from "./wrong-type.js";
import { errorBudgetExhausted } from "./error-budget-exhausted.js";
import { errorBudgetUnknown } from "./error-budget-unknown.js";
import { idDuplicate } from "./id-duplicate.js";
import { instrumentationMissing } from "./instrumentation-missing.js";
import { instrumentationNotDayOne } from "./instrumentation-not-day-one.js";
import { instrumentationSliceUnknown } from "./instrumentation-slice-unknown.js";
import { metricMissing } from "./metric-missing.js";
import { objectivePercentRange } from "./objective-percent-range.js";
import { objectivePercentileUnit } from "./objective-percentile-unit.js";
import { riskDuplicateId } from "./risk-duplicate-id.js";
import { riskReviewMissing } from "./risk-review-missing.js";
import type { CheckRule, ItemRule, ParseRule, RuleMeta, SchemaRule } from "./rule.js";
import type { WaiverRule } from "./rule.js";
import { signoffApprovals } from "./signoff-approvals.js";
import { signoffConditionsMissing } from "./signoff-conditions-missing.js";
import { signoffFutureDate } from "./signoff-future-date.js";
import { signoffRejected } from "./signoff-rejected.js";
import { signoffStale } from "./signoff-stale.js";
import { signoffAuthorityUnknown } from "./signoff-authority-unknown.js";
import { signoffUnauthorised } from "./signoff-unauthorised.js";
import { signoffUnverified } from "./signoff-unverified.js";
import { sliceDependencyCycle } from "./slice-dependency-cycle.js";
import { sliceDependencyOrder } from "./slice-dependency-order.js";
import { sliceDependencyUnknown } from "./slice-dependency-unknown.js";
import { sliceDuplicateId } from "./slice-duplicate-id.js";
import { slicesMissing } from "./slices-missing.js";
import { tooComplex } from "./too-complex.js";
import { sliQuerySyntax } from "./sli-query-syntax.js";
import { sloAmbiguous } from "./slo-ambiguous.js";
import { sloFileInvalid } from "./slo-file-invalid.js";
import { sloMismatch } from "./slo-mismatch.js";
import { sloMissing } from "./slo-missing.js";
import { sloUnknown } from "./slo-unknown.js";
import { teamMissing } from "./team-missing.js";
import { pairingInvalid } from "./pairing-invalid.js";
import { personNotMember } from "./person-not-member.js";
import { personUnknown } from "./person-unknown.js";
import { personUnverifiable } from "./person-unverifiable.js";
import { knowledgeTransferDue } from "./knowledge-transfer-due.js";
import { signalMissing } from "./signal-missing.js";
import { waiverApplied } from "./waiver-applied.js";
import { waiverExpired } from "./waiver-expired.js";
import { waiverNotWaivable } from "./waiver-not-waivable.js";
import { waiverTooLong } from "./waiver-too-long.js";
import { waiverUnknownRule } from "./waiver-unknown-rule.js";
import { waiverUnverified } from "./waiver-unverified.js";

/**
 * The parse rules by id, for the loaders: a parser's problem becomes a finding through the rule.
 * Each has the hint it says, which a policy file that fails to parse says too (load-policy.ts).
 */
export const parseRules: { readonly [Id in ParseRuleId]: ParseRule<Id> } = {
  "yaml-syntax": yamlSyntax,
  "duplicate-key": duplicateKey,
  "unknown-tag": unknownTag,
  "alias-bomb": aliasBomb,
  "too-deep": tooDeep,
  "empty-file": emptyFile,
  "not-a-mapping": notAMapping,
  "not-utf8": notUtf8,
  "file-too-large": fileTooLarge,
  unreadable,
};

/** The parse rule that speaks for a parser's problem: the one of its id. */
export function parseRuleOf(problem: ParseProblem): ParseRule {
  return parseRules[problem.ruleId] as ParseRule;
}

/** A parser's problem in the words of its rule: for loaders that report it under another rule. */
export function parseProblemWords(problem: ParseProblem): { message: string; hint: string } {
  const rule = parseRuleOf(problem);
  return { message: rule.says(problem), hint: rule.hintFor(problem) };
}

/**
 * The rules the JSON Schema finds, in the catalog's order. Each names the ajv keywords it speaks
 * for; a `pattern` speaks for the rule its schema names (core/load/shape-findings.ts).
 */
export const schemaRules: readonly SchemaRule[] = [
  apiVersion,
  unknownKey,
  keyFormat,
  missingField,
  wrongType,
  invalidValue,
  idFormat,
  handleFormat,
  sliceIdFormat,
  objectiveFormat,
  windowFormat,
  dateFormat,
  emptyList,
  emptyValue,
  duplicateEntry,
];

/** The rules that judge one parsed item, in the order their findings are listed. */
export const itemRules: readonly ItemRule[] = [
  idDuplicate,
  teamMissing,
  pairingInvalid,
  knowledgeTransferDue,
  personUnknown,
  personNotMember,
  personUnverifiable,
  slicesMissing,
  riskReviewMissing,
  sliceDuplicateId,
  sliceDependencyUnknown,
  sliceDependencyCycle,
  sliceDependencyOrder,
  metricMissing,
  objectivePercentRange,
  objectivePercentileUnit,
  missingField,
  invalidValue,
  sliQuerySyntax,
  sloMissing,
  sloUnknown,
  sloAmbiguous,
  sloMismatch,
  instrumentationMissing,
  instrumentationSliceUnknown,
  instrumentationNotDayOne,
  signalMissing,
  riskDuplicateId,
  dateFormat,
  signoffConditionsMissing,
  signoffFutureDate,
  signoffStale,
  signoffRejected,
  signoffUnauthorised,
  signoffUnverified,
  signoffAuthorityUnknown,
  signoffApprovals,
  errorBudgetExhausted,
  errorBudgetUnknown,
  instrumentationNoData,
  instrumentationUnknown,
  objectiveBreached,
  objectiveUnmeasured,
];

/** The rules that judge each of an item's waivers, in the order their findings are listed. */
export const waiverRules: readonly WaiverRule[] = [
  waiverExpired,
  waiverUnknownRule,
  waiverNotWaivable,
  waiverTooLong,
  waiverUnverified,
  waiverApplied,
];

/**
 * The rules checked with something besides an item: a stopped file, an SLO file, a policy problem,
 * the pull request's links. Each caller runs its rule with `runCheck` (core/rules/context.ts).
 */
export const checkRules: readonly CheckRule<never>[] = [
  tooComplex,
  sloFileInvalid,
  policyInvalid,
  policyExtendsUnresolved,
  liveCheckUnavailable,
  policyPathsUnmatched,
  policyChange,
  linkUnknown,
  linkNotReady,
  linkMissing,
];

/**
 * Every rule id the engine can report, with its metadata: docs/rules/, in order. Each id is in one
 * of the lists above (tests/core/rule-context.test.ts), which is how it gets a context of its own.
 */
export function ruleCatalog(): Map<string, RuleMeta> {
  const all: RuleMeta[] = [
    ...Object.values(parseRules).map((r) => r.meta),
    tooComplex.meta,
    ...schemaRules.map((r) => r.meta),
    ...itemRules.map((r) => r.meta),
    sloFileInvalid.meta,
    waiverExpired.meta,
    waiverTooLong.meta,
    waiverNotWaivable.meta,
    waiverUnknownRule.meta,
    waiverUnverified.meta,
    waiverApplied.meta,
    // The policy and link rules, listed after the waivers as before.
    ...checkRules.filter((r) => r !== tooComplex && r !== sloFileInvalid).map((r) => r.meta),
  ];
  return new Map(all.map((m) => [m.id, m]));
}
