import type { Log, ReportingDescriptor, Result, Run } from "sarif";
import type { Finding } from "../findings/finding.js";
import { RULE_LIST_URL, ruleDocsUrl } from "../findings/rule-docs-url.js";
import type { ItemVerdict, Report } from "../report.js";
import type { RuleMeta } from "../rules/rule.js";
import { jsonChunks, LazyList } from "./json-chunks.js";

export const INFORMATION_URI = "https://github.com/roadmap-gate/roadmap-gate";

export interface SarifOptions {
  /** Every rule the engine knows (`ruleCatalog()`), listed in `tool.driver.rules`. */
  catalog: ReadonlyMap<string, RuleMeta>;
  /** The package version, shown by code scanning. */
  toolVersion?: string;
  /**
   * Where a finding without a file (about the pull request) goes. `result` (default): a result
   * without `locations`, valid SARIF. GitHub code scanning, however, rejects the whole upload
   * when any result has no location ("locationFromSarifResult: expected at least one location"),
   * so a file meant for `upload-sarif` should use `notification`: the finding becomes a tool
   * notification of the run, kept in the file but not an alert.
   */
  unlocated?: "result" | "notification";
}

/** SARIF 2.1.0 for GitHub code scanning: one run, every rule, one result per finding. */
export function formatSarif(report: Report<ItemVerdict>, options: SarifOptions): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}

/** formatSarif in pieces, each result made as it is written (see json-chunks.ts). */
export function* sarifChunks(
  report: Report<ItemVerdict>,
  options: SarifOptions,
): Generator<string> {
  const log = sarifWith(
    report,
    options,
    (found, index) => new LazyList(found, (f) => toResult(f, index.get(f.ruleId) ?? 0)),
  );
  yield* jsonChunks(log, 2);
  yield "\n";
}

export function toSarif(report: Report<ItemVerdict>, options: SarifOptions): Log {
  return sarifWith(report, options, (found, index) =>
    found.map((f) => toResult(f, index.get(f.ruleId) ?? 0)),
  );
}

/** The log, its results made by `results` from the findings that are results. */
function sarifWith<R>(
  report: Report<ItemVerdict>,
  options: SarifOptions,
  results: (found: readonly Finding[], index: ReadonlyMap<string, number>) => R,
): Omit<Log, "runs"> & { runs: (Omit<Run, "results"> & { results: R })[] } {
  const rules: ReportingDescriptor[] = [...options.catalog.values()].map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: rule.level },
    properties: { waivable: rule.waivable },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // A finding from outside the catalog (a surface's own rule) still gets a rule entry; it has no
  // page of its own, so its help is the list of rules.
  for (const f of report.findings) {
    if (index.has(f.ruleId)) continue;
    index.set(f.ruleId, rules.length);
    rules.push({
      id: f.ruleId,
      shortDescription: { text: f.ruleId },
      helpUri: RULE_LIST_URL,
      defaultConfiguration: { level: f.level },
    });
  }
  const notify = options.unlocated === "notification";
  const asNotifications = notify ? report.findings.filter((f) => f.file === "") : [];
  const asResults = notify ? report.findings.filter((f) => f.file !== "") : report.findings;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "roadmap-gate",
            informationUri: INFORMATION_URI,
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...report.notices.map((text) => ({ message: { text }, level: "note" as const })),
              ...asNotifications.map((f) => ({
                message: { text: messageText(f) },
                level: f.level,
                associatedRule: { id: f.ruleId, index: index.get(f.ruleId) },
              })),
            ],
          },
        ],
        columnKind: "utf16CodeUnits",
        results: results(asResults, index),
      },
    ],
  };
}

function toResult(f: Finding, ruleIndex: number): Result {
  const result: Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.level,
    message: { text: messageText(f) },
  };
  // A pull-request-level finding (file "") has no place in a file, but still belongs in the log.
  if (f.file !== "")
    result.locations = [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column },
        },
      },
    ];
  return result;
}

function messageText(f: Finding): string {
  return `${f.message}\nHint: ${f.hint}`;
}

/** A relative URI reference: each path segment percent-encoded, the slashes kept. */
function encodeUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}
