import type { Finding } from "../findings/finding.js";
import { checkBudgetQueryTemplate } from "../error-budget/query-template.js";
import { configValidator } from "../item/item-validator.js";
import { shapeFindings } from "./shape-findings.js";
import { isBlankText } from "../parse/blank-text.js";
import { decodeUtf8, utf8Length } from "../parse/decode.js";
import { parseText } from "../parse/parse-document.js";
import { PositionIndex } from "../parse/position-index.js";
import { fileReports, runCheck } from "../rules/context.js";
import { parseProblemWords } from "../rules/index.js";
import { policyInvalid, type PolicyProblem } from "../rules/policy-invalid.js";
import type { SourceFile } from "../source.js";
import { liveCheckUnavailable, UNAVAILABLE_LIVE_CHECKS } from "../rules/live-check-unavailable.js";
import { record } from "../data/read.js";
import { defaultPolicy, type LiveCheck, type LiveLevel, type Policy } from "../policy/policy.js";

export interface LoadedPolicy {
  /** Undefined when the file is invalid: items are never judged under a broken policy. */
  policy?: Policy;
  /** The policy file as written (validated), for merging with `_extends` bases. */
  document?: Record<string, unknown>;
  /** `_extends` as written, for surfaces that can resolve it. */
  extends?: string;
  findings: Finding[];
  /**
   * Findings of a valid policy that do not invalidate it, for the surfaces to add to the report:
   * a live check turned on that this version does not run (live-check-unavailable; none today).
   */
  warnings?: Finding[];
  /** Those warnings by the live check this file turns on, for merging with `_extends` bases. */
  unavailable?: Partial<Record<LiveCheck, Finding>>;
}

const MAX_POLICY_BYTES = 256 * 1024;

/** Reads a policy file; a missing file (undefined) is the default policy. */
export function loadPolicy(file: SourceFile | undefined): LoadedPolicy {
  if (!file) return { policy: defaultPolicy(), findings: [] };
  const invalid = (problem: PolicyProblem): LoadedPolicy => {
    const findings: Finding[] = [];
    runCheck(policyInvalid, fileReports(file.path, findings), problem);
    return { findings };
  };
  if (file.unreadable) return invalid({ kind: "unreadable", reason: file.unreadable });
  const size =
    typeof file.content === "string" ? utf8Length(file.content) : file.content.byteLength;
  if (size > MAX_POLICY_BYTES) return invalid({ kind: "too-large", maxBytes: MAX_POLICY_BYTES });
  const decoded = decodeUtf8(file.content);
  if (!decoded.ok) return invalid({ kind: "not-utf8" });
  // An empty policy file means "all defaults", as with other Probot apps' config files.
  if (isBlankText(decoded.text)) return { policy: defaultPolicy(), document: {}, findings: [] };
  const parsed = parseText(decoded.text, file.path.endsWith(".json"));
  if (!parsed.ok)
    return invalid({
      kind: "parse",
      ...parseProblemWords(parsed.problem),
      line: parsed.line,
      column: parsed.column,
    });
  const pending = shapeFindings(configValidator(), parsed.data, "the policy");
  if (pending.length > 0) {
    const findings: Finding[] = [];
    let index: PositionIndex | undefined;
    const reports = fileReports(file.path, findings, (f) =>
      (index ??= new PositionIndex(decoded.text)).locate(f.path, f.target),
    );
    for (const finding of pending) runCheck(policyInvalid, reports, { kind: "shape", finding });
    return { findings };
  }
  const document = parsed.data;
  const templates = budgetQueries(document).flatMap(({ at, query }) => {
    const problem = checkBudgetQueryTemplate(query);
    return problem ? [{ at, ...problem }] : [];
  });
  if (templates.length > 0) {
    const findings: Finding[] = [];
    const index = new PositionIndex(decoded.text);
    const reports = fileReports(file.path, findings, (f) => index.locate(f.path, f.target));
    for (const template of templates)
      runCheck(policyInvalid, reports, { kind: "budget-query", ...template });
    return { findings };
  }
  const ext = typeof document._extends === "string" ? document._extends : undefined;
  const checked = checkedPolicy(file.path, mergePolicy(defaultPolicy(), document));
  if (!checked.policy) return checked;
  const policy = checked.policy;
  const unavailable = unavailableChecks(file.path, decoded.text, document);
  const warnings = Object.values(unavailable);
  const loaded: LoadedPolicy = { policy, document, extends: ext, findings: [] };
  return warnings.length > 0 ? { ...loaded, warnings, unavailable } : loaded;
}

/** One warning per live check this (valid) file turns on that this version does not run. */
function unavailableChecks(
  path: string,
  text: string,
  document: Record<string, unknown>,
): Partial<Record<LiveCheck, Finding>> {
  const live = record(document.live);
  const unavailable: Partial<Record<LiveCheck, Finding>> = {};
  if (!live) return unavailable;
  let index: PositionIndex | undefined;
  for (const check of UNAVAILABLE_LIVE_CHECKS) {
    const level = live[check] as LiveLevel | undefined;
    if (level === undefined || level === "off") continue;
    const findings: Finding[] = [];
    const reports = fileReports(path, findings, (f) =>
      (index ??= new PositionIndex(text)).locate(f.path, f.target),
    );
    runCheck(liveCheckUnavailable, reports, { check, level });
    unavailable[check] = findings[0]!;
  }
  return unavailable;
}

/**
 * The warnings of a policy merged from files (the repository's first, then its `_extends` bases):
 * for each live check the merged policy turns on, the warning of the nearest file that sets it.
 */
export function mergedWarnings(policy: Policy, files: readonly LoadedPolicy[]): Finding[] {
  const warnings: Finding[] = [];
  for (const check of UNAVAILABLE_LIVE_CHECKS) {
    if (policy.live[check] === "off") continue;
    const from = files.find((f) => f.unavailable?.[check] !== undefined);
    if (from) warnings.push(from.unavailable![check]!);
  }
  return warnings;
}

/**
 * The policy's own error_budget.query and error_budget.queries.<format>, where it writes them
 * (the defaults are checked by a test): each is a template whose names must stay inside matchers.
 */
function budgetQueries(document: Record<string, unknown>): { at: string[]; query: string }[] {
  const budget = document.error_budget;
  if (!isPlainObject(budget)) return [];
  const found: { at: string[]; query: string }[] = [];
  if (typeof budget.query === "string") found.push({ at: ["query"], query: budget.query });
  if (isPlainObject(budget.queries))
    for (const [format, query] of Object.entries(budget.queries))
      if (typeof query === "string") found.push({ at: ["queries", format], query });
  return found;
}

/**
 * Later wins, key by key; lists are replaced, not concatenated (as Probot's config loader does).
 * Not yet a Policy: `checkedPolicy` says whether the engine may judge under the result.
 */
export function mergePolicy(
  base: Policy | Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  return deepMerge(base as Record<string, unknown>, withoutExtends(override));
}

/**
 * A merged policy checked against the schema before the engine trusts it. Files that are each
 * valid merge into a valid policy today, but a merge that is not (a base and a file that
 * disagree once the schema ties keys together) is a policy-invalid finding, at the top of the
 * repository's file, never a crash or a policy of the wrong shape.
 */
export function checkedPolicy(
  path: string,
  merged: Record<string, unknown>,
): { policy: Policy; findings: [] } | { policy?: undefined; findings: Finding[] } {
  const validate = configValidator();
  // Complete as well as valid: merged over defaultPolicy(), which has every key.
  if (validate(merged)) return { policy: merged as Policy, findings: [] };
  const pending = shapeFindings(validate, merged, "the merged policy");
  const findings: Finding[] = [];
  // The merged policy is in no one file: its findings sit at the top of the repository's.
  const reports = fileReports(path, findings);
  for (const finding of pending) runCheck(policyInvalid, reports, { kind: "shape", finding });
  return { findings };
}

function withoutExtends(document: Record<string, unknown>): Record<string, unknown> {
  const { _extends: _ignored, ...rest } = document;
  return rest;
}

function deepMerge(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] =
      isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
