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
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let lastFile: string | undefined;
  for (const f of report.findings) {
    if (lastFile !== undefined && f.file !== lastFile) lines.push("");
    lastFile = f.file;
    const level = paint(LEVEL_COLOR[f.level], f.level.padEnd(7));
    lines.push(
      `${paint("1", location(f))}  ${level}  ${printable(f.message)}  ${paint("2", `[${f.ruleId}]`)}`,
    );
    lines.push(`    ${paint("2", `hint: ${printable(f.hint)}`)}`);
  }
  if (report.findings.length > 0) lines.push("");
  for (const notice of report.notices) lines.push(`note: ${printable(notice)}`);
  const result = report.result === "fail" ? paint("31;1", "✖") : paint("32;1", "✔");
  lines.push(`${result} ${summaryLine(report)}`);
  return `${lines.join("\n")}\n`;
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
