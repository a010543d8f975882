import type { Finding } from "../findings/finding.js";
import { loadDocuments, type LoadedDocument } from "../parse/load-documents.js";
import type { ParseProblem } from "../parse/parse-problem.js";
import { parseProblemWords } from "../rules/index.js";
import { PositionIndex } from "../parse/position-index.js";
import type { PathSegment, Position, Target } from "../parse/source-position.js";
import { record, text } from "../data/read.js";
import { fileReports, runCheck, type Reports } from "../rules/context.js";
import { sloFileInvalid } from "../rules/slo-file-invalid.js";
import type { Policy } from "../policy/policy.js";
import type { SourceFile } from "../source.js";
import { readOpenSlo } from "../slo/openslo.js";
import { NamePositions } from "../slo/name-positions.js";
import { readPyrra } from "../slo/pyrra.js";
import type { Slo, SloCatalog } from "../slo/slo.js";
import type { ReadDocument, SloDraft, SloReadOptions } from "../slo/slo-draft.js";
import { readSloth } from "../slo/sloth.js";

export interface ReadSloOptions extends SloReadOptions {
  /** The item limit (`limits.max_file_bytes`): SLO files get the same. */
  maxBytes: number;
  /** Told each file's path before it is read (see EvaluateInput.onFile). */
  onFile?: (path: string) => void;
}

/**
 * SLO file contents → every SLO in them, and a `slo-file-invalid` finding (with its line) for each
 * file, document or SLO that cannot be read. Never throws: a bad file never hides another's SLOs.
 */
export function readSloFiles(files: readonly SourceFile[], options: ReadSloOptions): SloCatalog {
  const slos: Slo[] = [];
  const findings: Finding[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const source of sorted) {
    options.onFile?.(source.path);
    const loaded = loadDocuments(source, options.maxBytes);
    const reports = fileReports(source.path, findings);
    if (!loaded.ok) {
      runCheck(sloFileInvalid, reports, { ...loaded, message: fileProblem(loaded.problem) });
      continue;
    }
    for (const document of loaded.documents) readDocument(document, options, slos, reports);
  }
  return { slos, findings };
}

function readDocument(
  document: LoadedDocument,
  options: SloReadOptions,
  slos: Slo[],
  reports: Reports,
): void {
  const { parsed, lineOffset } = document;
  if (!parsed.ok) {
    const { message } = parseProblemWords(parsed.problem);
    runCheck(sloFileInvalid, reports, {
      message,
      line: parsed.line + lineOffset,
      column: parsed.column,
    });
    return;
  }
  let read: ReadDocument;
  try {
    read = readByFormat(parsed.data, options);
  } catch (error) {
    // A reader bug must not crash the run or hide other SLOs; it still fails this document.
    const reason = error instanceof Error ? error.message : String(error);
    read = {
      slos: [],
      problems: [{ path: [], message: `The document could not be read: ${reason}` }],
    };
  }
  if (read.slos.length === 0 && read.problems.length === 0) return;
  let index: PositionIndex | undefined;
  const locate = (path: readonly PathSegment[], target: Target): Position => {
    index ??= new PositionIndex(document.text);
    const at = index.locate(path, target);
    return { line: at.line + lineOffset, column: at.column };
  };
  // Most names sit on a `name: NAME` line or pair: found by one scan of the text, else by the index.
  const names = read.slos.length > 0 ? new NamePositions(document.text) : undefined;
  for (const draft of read.slos) {
    const quick = names!.at(draft.name);
    const at = quick
      ? { line: quick.line + lineOffset, column: quick.column }
      : locate(draft.path, "value");
    slos.push(placed(draft, reports.file, at));
  }
  for (const problem of read.problems) {
    const at = locate(problem.path, problem.target ?? "value");
    runCheck(sloFileInvalid, reports, { message: problem.message, ...at });
  }
}

/** The SLO of a draft at its place: written out, as object rest and spread cost V8 dearly per SLO. */
function placed(draft: SloDraft, file: string, at: Position): Slo {
  return {
    name: draft.name,
    service: draft.service,
    format: draft.format,
    file,
    line: at.line,
    column: at.column,
    targetPercent: draft.targetPercent,
    windowDays: draft.windowDays,
    window: draft.window,
    objectives: draft.objectives,
  };
}

/** Which of the four formats a document is, by its apiVersion/version and kind. */
function readByFormat(data: Record<string, unknown>, options: SloReadOptions): ReadDocument {
  const apiVersion = text(data.apiVersion);
  const kind = text(data.kind);
  if (apiVersion === "openslo/v1") return readOpenSlo(data);
  if (text(data.version) === "prometheus/v1") return readSloth(data, options, false);
  if (apiVersion === "sloth.slok.dev/v1" && kind === "PrometheusServiceLevel")
    return readSloth(data, options, true);
  if (apiVersion === "pyrra.dev/v1alpha1" && kind === "ServiceLevelObjective")
    return readPyrra(data);
  const what =
    apiVersion !== undefined
      ? `apiVersion ${JSON.stringify(apiVersion)}${kind ? `, kind ${JSON.stringify(kind)}` : ""}`
      : record(data) && "version" in data
        ? `version ${JSON.stringify(data.version)}`
        : "a document without apiVersion or version";
  const at = apiVersion !== undefined ? ["apiVersion"] : "version" in data ? ["version"] : [];
  return {
    slos: [],
    problems: [
      {
        path: at,
        message: `Not an SLO this gate reads (${what}): expected OpenSLO openslo/v1, Sloth prometheus/v1 or sloth.slok.dev/v1 PrometheusServiceLevel, or Pyrra pyrra.dev/v1alpha1 ServiceLevelObjective`,
      },
    ],
  };
}

/** Why a whole SLO file was not read, in its parse rule's words ("cannot be read" said here). */
function fileProblem(problem: ParseProblem): string {
  return problem.ruleId === "unreadable"
    ? `The file cannot be read: ${problem.reason}`
    : parseProblemWords(problem).message;
}

/** How SLO files are read under a policy: the item size limit, Sloth's period. */
export function sloReadOptions(policy: Policy): { maxBytes: number; slothPeriod: string } {
  return { maxBytes: policy.limits.max_file_bytes, slothPeriod: policy.slo.sloth_period };
}
