import type { Finding, Level } from "../findings/finding.js";
import { ruleDocsUrl } from "../findings/rule-docs-url.js";
import type { ItemReport, Report, Verdict } from "../report.js";
import { jsonChunks, LazyList } from "./json-chunks.js";

/**
 * The JSON report (`--format json`), version 1. Stable: fields are only ever added, and a change
 * that removes or renames one bumps `version`. Every key is always present; `null` means "the
 * item file does not say" (or, for `verified`, "not checked against GitHub here").
 *
 * ```ts
 * {
 *   version: 1,
 *   result: "pass" | "fail",          // "fail" when any finding is an error
 *   errors: number, warnings: number, notes: number,
 *   items: Array<{
 *     file: string,                   // repository-relative POSIX path
 *     id: string | null, title: string | null, status: string | null, owner: string | null,
 *     ai: boolean, issue: number | null,
 *     gated: boolean,                 // status is in gate.statuses
 *     verdict: "pass" | "fail" | "not-gated" | "unreadable",
 *     errors: number, warnings: number,
 *     signOffs: Array<{ reviewer: string, decision: string, date: string, verified: boolean | null }>,
 *     slices: Array<{ id: string, value: string, dependsOn: string[] }>,
 *     waivers: Array<{ rule: string, reason: string, approvedBy: string, expires: string }>,
 *     metrics: Array<{
 *       kind: string, objective: string | null, window: string | null,
 *       slo: null | {                 // the metric's `slo:`, resolved against slo.files
 *         name: string, status: "found" | "unknown" | "ambiguous" | "unchecked",
 *         file: string | null, line: number | null, format: "openslo" | "sloth" | "pyrra" | null,
 *         targetPercent: number | null, window: string | null,
 *       },
 *     }>,
 *   }>,
 *   findings: Array<{                 // sorted by file, line, column
 *     ruleId: string,                 // its page: docs/rules/<ruleId>.md
 *     level: "error" | "warning" | "note",
 *     file: string,                   // "" for a finding about the pull request, not a file
 *     line: number, column: number,   // 1-based
 *     message: string, hint: string,
 *     docs: string,                   // the URL of the rule's page, how to fix it in full
 *   }>,
 *   // items[].budgets, when the error-budget gate asked Prometheus: [{ metric, slo, service,
 *   //   window, remaining (fraction, null when unknown), state: ok|exhausted|unknown, reason }]
 *   // Live checks (SPEC section 9), each only when its check ran:
 *   // items[].metrics[].measured: { state: met|breached|unmeasured, value (in unit; null when
 *   //   unmeasured), unit, shown (as the finding says it, null when not), window, reason }
 *   // items[].metrics[].data: "yes" | "no" | "unknown" (its sli queries returned data)
 *   // items[].instrumentation: [{ source: metric|signal, kind, query, state: data|no-data|unknown, reason }]
 *   // items[].people: [{ handle, role, state: ok|unknown|not-member|unverifiable, reason }]
 *   notices: string[],                // said once for the run, e.g. sign-offs were not verified
 * }
 * ```
 */
export interface JsonReport {
  version: 1;
  result: "pass" | "fail";
  errors: number;
  warnings: number;
  notes: number;
  items: JsonItem[];
  findings: JsonFinding[];
  notices: string[];
}

export interface JsonItem {
  file: string;
  id: string | null;
  title: string | null;
  status: string | null;
  owner: string | null;
  ai: boolean;
  issue: number | null;
  gated: boolean;
  verdict: Verdict;
  errors: number;
  warnings: number;
  signOffs: { reviewer: string; decision: string; date: string; verified: boolean | null }[];
  slices: { id: string; value: string; dependsOn: string[] }[];
  waivers: { rule: string; reason: string; approvedBy: string; expires: string }[];
  metrics: JsonMetric[];
  /** Present when the error-budget gate asked Prometheus about this item. */
  budgets?: JsonBudget[];
  /** Present when the instrumentation check ran (SPEC 9.1). */
  instrumentation?: JsonLiveData[];
  /** Present when the people check ran (SPEC 9.3). */
  people?: JsonPerson[];
}

export interface JsonMetric {
  kind: string;
  objective: string | null;
  window: string | null;
  slo: {
    name: string;
    status: "found" | "unknown" | "ambiguous" | "unchecked";
    file: string | null;
    line: number | null;
    format: string | null;
    targetPercent: number | null;
    window: string | null;
  } | null;
  /** Present when the objectives check measured the metric (SPEC 9.2). */
  measured?: JsonMeasured;
  /** Present when the instrumentation check asked its sli queries (SPEC 9.1). */
  data?: "yes" | "no" | "unknown";
}

export interface JsonMeasured {
  state: "met" | "breached" | "unmeasured";
  /** In `unit`; null when unmeasured. */
  value: number | null;
  unit: string;
  /** The value as the finding words it ("412 ms"); null when not worded. */
  shown: string | null;
  window: string;
  reason: string | null;
}

export interface JsonLiveData {
  source: "metric" | "signal";
  kind: string;
  query: string;
  state: "data" | "no-data" | "unknown";
  reason: string | null;
}

export interface JsonPerson {
  handle: string;
  role: string;
  state: "ok" | "unknown" | "not-member" | "unverifiable";
  reason: string | null;
}

export interface JsonBudget {
  metric: string;
  slo: string;
  service: string;
  window: string | null;
  /** Remaining fraction of the period's budget; null when unknown. */
  remaining: number | null;
  state: "ok" | "exhausted" | "unknown";
  /** Why it is unknown; null otherwise. */
  reason: string | null;
}

export interface JsonFinding {
  ruleId: string;
  level: Level;
  file: string;
  line: number;
  column: number;
  message: string;
  hint: string;
  /** The rule's page (docs/rules/<ruleId>.md): what it checks, an example, how to fix it. */
  docs: string;
}

export interface JsonOptions {
  /** Indentation; 2 by default, 0 for one line. */
  indent?: number;
}

export function formatJson(report: Report, options: JsonOptions = {}): string {
  return `${JSON.stringify(toJsonReport(report), null, options.indent ?? 2)}\n`;
}

/** formatJson in pieces, each finding made as it is written (see json-chunks.ts). */
export function* jsonReportChunks(report: Report, options: JsonOptions = {}): Generator<string> {
  const whole = jsonReportWith(report, new LazyList(report.findings, toJsonFinding));
  yield* jsonChunks(whole, options.indent ?? 2);
  yield "\n";
}

/** Copies field by field, so a change to the engine's types cannot silently change the contract. */
export function toJsonReport(report: Report): JsonReport {
  return jsonReportWith(report, report.findings.map(toJsonFinding));
}

function jsonReportWith<F>(
  report: Report,
  findings: F,
): Omit<JsonReport, "findings"> & { findings: F } {
  return {
    version: 1,
    result: report.result,
    errors: report.errors,
    warnings: report.warnings,
    notes: report.notes,
    items: report.items.map(toJsonItem),
    findings,
    notices: [...report.notices],
  };
}

function toJsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    level: f.level,
    file: f.file,
    line: f.line,
    column: f.column,
    message: f.message,
    hint: f.hint,
    docs: ruleDocsUrl(f.ruleId),
  };
}

function toJsonItem(item: ItemReport): JsonItem {
  return {
    file: item.file,
    id: item.id ?? null,
    title: item.title ?? null,
    status: item.status ?? null,
    owner: item.owner ?? null,
    ai: item.ai,
    issue: item.issue ?? null,
    gated: item.gated,
    verdict: item.verdict,
    errors: item.errors,
    warnings: item.warnings,
    signOffs: item.signOffs.map((s) => ({
      reviewer: s.reviewer,
      decision: s.decision,
      date: s.date,
      verified: s.verified ?? null,
    })),
    slices: item.slices.map((s) => ({ id: s.id, value: s.value, dependsOn: [...s.dependsOn] })),
    waivers: item.waivers.map((w) => ({
      rule: w.rule,
      reason: w.reason,
      approvedBy: w.approvedBy,
      expires: w.expires,
    })),
    metrics: item.metrics.map((m) => ({
      kind: m.kind,
      objective: m.objective ?? null,
      window: m.window ?? null,
      slo: m.slo
        ? {
            name: m.slo.name,
            status: m.slo.status,
            file: m.slo.file ?? null,
            line: m.slo.line ?? null,
            format: m.slo.format ?? null,
            targetPercent: m.slo.targetPercent ?? null,
            window: m.slo.window ?? null,
          }
        : null,
      ...(m.measured
        ? {
            measured: {
              state: m.measured.state,
              value: m.measured.value ?? null,
              unit: m.measured.unit,
              shown: m.measured.shown ?? null,
              window: m.measured.window,
              reason: m.measured.reason ?? null,
            },
          }
        : {}),
      ...(m.data ? { data: m.data } : {}),
    })),
    ...(item.budgets
      ? {
          budgets: item.budgets.map((b) => ({
            metric: b.metric,
            slo: b.slo,
            service: b.service,
            window: b.window ?? null,
            remaining: b.remaining ?? null,
            state: b.state,
            reason: b.reason ?? null,
          })),
        }
      : {}),
    ...(item.instrumentation
      ? {
          instrumentation: item.instrumentation.map((d) => ({
            source: d.source,
            kind: d.kind,
            query: d.query,
            state: d.state,
            reason: d.reason ?? null,
          })),
        }
      : {}),
    ...(item.people
      ? {
          people: item.people.map((p) => ({
            handle: p.handle,
            role: p.role,
            state: p.state,
            reason: p.reason ?? null,
          })),
        }
      : {}),
  };
}
