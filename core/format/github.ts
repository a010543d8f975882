import type { Finding, Level } from "../findings/finding.js";
import { byImportance } from "../findings/sort-findings.js";
import type { ItemVerdict, Report } from "../report.js";
import { summaryLine } from "./summary-line.js";

const COMMAND: Record<Level, string> = { error: "error", warning: "warning", note: "notice" };

/**
 * GitHub Actions workflow commands: one annotation per finding, the most important first (GitHub
 * shows only the first few of each level), then the notices and a closing count line.
 */
export function formatGithub(report: Report<ItemVerdict>): string {
  return [...githubChunks(report)].join("");
}

/** formatGithub line by line, each with its line end. */
export function* githubChunks(report: Report<ItemVerdict>): Generator<string> {
  for (const f of byImportance(report.findings)) yield `${annotation(f)}\n`;
  for (const notice of report.notices) yield `::notice::${escapeData(notice)}\n`;
  yield `${summaryLine(report)}\n`;
}

export function annotation(f: Finding): string {
  const properties =
    f.file === ""
      ? [`title=${escapeProperty(f.ruleId)}`]
      : [
          `file=${escapeProperty(f.file)}`,
          `line=${f.line}`,
          `col=${f.column}`,
          `title=${escapeProperty(f.ruleId)}`,
        ];
  return `::${COMMAND[f.level]} ${properties.join(",")}::${escapeData(`${f.message}\nHint: ${f.hint}`)}`;
}

/** The Actions toolkit's escaping of a command's message (`escapeData` in @actions/core). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** The toolkit's escaping of a property value: as data, plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
