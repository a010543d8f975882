import { expect } from "vitest";
import { evaluate } from "../../../core/evaluate.js";
import type { ErrorBudgetFacts } from "../../../core/error-budget/facts.js";
import type { Finding } from "../../../core/findings/finding.js";
import type { LiveFacts } from "../../../core/live/facts.js";
import type { PeopleFacts } from "../../../core/people/facts.js";
import { checkedPolicy, mergePolicy } from "../../../core/load/load-policy.js";
import { defaultPolicy, type Policy } from "../../../core/policy/policy.js";
import type { Report } from "../../../core/report.js";
import type { SignOffFacts } from "../../../core/signoff/facts.js";
import type { SourceFile } from "../../../core/source.js";
import { TODAY } from "./item.js";

export interface RunOptions {
  /** What Prometheus said, for the error-budget rules. */
  errorBudget?: ErrorBudgetFacts;
  /** What Prometheus said, for the live checks' rules. */
  live?: LiveFacts;
  /** What GitHub said of the handles, for the people rules. */
  people?: PeopleFacts;
  policy?: Policy;
  signOff?: SignOffFacts;
  today?: string;
  /** Other item files, read only for their ids. */
  others?: Record<string, string | Uint8Array>;
  /** SLO files (policy `slo.files`): given, metrics' `slo:` are checked against them. */
  slos?: Record<string, string | Uint8Array>;
}

export const FILE = "roadmap/feat-1.yaml";

/** The default policy with some keys replaced (nested mappings merge, lists replace), checked. */
export function policy(overrides: Record<string, unknown> = {}): Policy {
  const checked = checkedPolicy(
    ".github/roadmap-gate.yml",
    mergePolicy(defaultPolicy(), overrides),
  );
  if (!checked.policy)
    throw new Error(
      `Not a valid test policy: ${checked.findings.map((f) => f.message).join("; ")}`,
    );
  return checked.policy;
}

export function sources(files: Record<string, string | Uint8Array>): SourceFile[] {
  return Object.entries(files).map(([path, content]) => ({ path, content }));
}

/** Judges several files in one run, with today fixed. */
export function evaluateFiles(
  files: Record<string, string | Uint8Array>,
  options: RunOptions = {},
): Report {
  return evaluateSources(sources(files), options);
}

/** The same, for sources as a surface hands them in (e.g. one it could not read). */
export function evaluateSources(files: SourceFile[], options: RunOptions = {}): Report {
  return evaluate({
    files,
    others: options.others ? sources(options.others) : undefined,
    policy: options.policy ?? defaultPolicy(),
    today: options.today ?? TODAY,
    signOff: options.signOff,
    sloFiles: options.slos ? sources(options.slos) : undefined,
    errorBudget: options.errorBudget,
    live: options.live,
    people: options.people,
  });
}

/** Judges one file (at FILE unless `path` is given). */
export function evaluateOne(
  content: string | Uint8Array,
  options: RunOptions & { path?: string } = {},
): Report {
  return evaluateFiles({ [options.path ?? FILE]: content }, options);
}

/**
 * 1-based line and column of the nth occurrence of `needle` in `text`. A `|` in the needle marks
 * the point within it: `at(text, "from_slice: |export-api")` is where the value starts.
 */
export function at(text: string, needle: string, nth = 1): { line: number; column: number } {
  const mark = Math.max(needle.indexOf("|"), 0);
  const plain = needle.replace("|", "");
  let offset = -1;
  for (let i = 0; i < nth; i++) {
    offset = text.indexOf(plain, offset + 1);
    if (offset < 0) throw new Error(`"${plain}" occurs fewer than ${nth} times in the fixture`);
  }
  offset += mark;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

export interface Expected {
  ruleId: string;
  level?: Finding["level"];
  file?: string;
  line: number;
  column: number;
  /** A part of the message. */
  message: string;
}

/** The whole finding, with the message matched by a part of it and any non-empty hint. */
export function finding(expected: Expected): Finding {
  return {
    ruleId: expected.ruleId,
    level: expected.level ?? "error",
    file: expected.file ?? FILE,
    line: expected.line,
    column: expected.column,
    message: expect.stringContaining(expected.message) as unknown as string,
    hint: expect.stringMatching(/\S/) as unknown as string,
  };
}

export function ruleIds(report: Report): string[] {
  return report.findings.map((f) => f.ruleId);
}

export function only(report: Report, ruleId: string): Finding[] {
  return report.findings.filter((f) => f.ruleId === ruleId);
}
