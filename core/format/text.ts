import type { Finding, Level } from "../findings/finding.js";
import type { ItemVerdict, Report } from "../report.js";
import { summaryLine } from "./summary-line.js";

export interface TextOptions {
  /** ANSI colours; off by default (the CLI turns them on with --color). */
  color?: boolean;
}

const LEVEL_COLOR: Record<Level, string> = { error: "31", warning: "33", note: "36" };

/**
 * For people: findings grouped by file, each as `file:line:col  level  message  [ruleId]` (a form
 * editors and terminals link), then an indented hint; the run's notices; a closing count line.
 */
export function formatText(report: Report<ItemVerdict>, options: TextOptions = {}): string {
  return [...textChunks(report, options)].join("");
}

/** formatText line by line, each with its line end, for a writer that never holds the whole text. */
export function* textChunks(
  report: Report<ItemVerdict>,
  options: TextOptions = {},
): Generator<string> {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  let lastFile: string | undefined;
  for (const f of report.findings) {
    if (lastFile !== undefined && f.file !== lastFile) yield "\n";
    lastFile = f.file;
    const level = paint(LEVEL_COLOR[f.level], f.level.padEnd(7));
    yield `${paint("1", location(f))}  ${level}  ${printable(f.message)}  ${paint("2", `[${f.ruleId}]`)}\n`;
    yield `    ${paint("2", `hint: ${printable(f.hint)}`)}\n`;
  }
  if (report.findings.length > 0) yield "\n";
  for (const notice of report.notices) yield `note: ${printable(notice)}\n`;
  const result = report.result === "fail" ? paint("31;1", "✖") : paint("32;1", "✔");
  yield `${result} ${summaryLine(report)}\n`;
}

function location(f: Finding): string {
  return f.file === "" ? "(pull request)" : `${printable(f.file)}:${f.line}:${f.column}`;
}

/** User text may hold control characters; a terminal must not run them as escape sequences. */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === "\t" || c === "\n" || c === "\r"
      ? " "
      : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
