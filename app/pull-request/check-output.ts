import type { Finding } from "../../core/findings/finding.js";
import { CHECK_RUN_LIMIT, fitMarkdown } from "../../core/format/fit-markdown.js";
import { formatMarkdown } from "../../core/format/markdown.js";
import { codeSpan, escapeMarkdown, inlineMarkdown } from "../../core/format/markdown-escape.js";
import { count, summaryLine } from "../../core/format/summary-line.js";
import type { Policy } from "../../core/policy/policy.js";
import type {
  PolicyChange,
  PullRequestResult,
} from "../../core/pull-request/evaluate-pull-request.js";

export type Conclusion = "success" | "failure" | "neutral";

/** A check run annotation as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number;
  end_column: number;
  annotation_level: "failure" | "warning" | "notice";
  title: string;
  message: string;
}

export interface CheckOutput {
  conclusion: Conclusion;
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

/** Each annotation batch is one write request; past this many the summary still lists every finding. */
export const MAX_ANNOTATIONS = 500;

const LEVEL = { error: "failure", warning: "warning", note: "notice" } as const;

/** The gate's verdict as a check run: conclusion, title, an escaped summary that fits, annotations. */
export function gateOutput(result: PullRequestResult, policy: Policy): CheckOutput {
  const { report } = result;
  const failed = report.result === "fail";
  const conclusion: Conclusion = !failed
    ? "success"
    : policy.enforcement === "warn"
      ? "neutral"
      : "failure";
  const title = failed
    ? `${conclusion === "neutral" ? "Would fail (enforcement: warn)" : "Fails the gate"}: ${summaryLine(report)}`
    : `Passes the gate: ${summaryLine(report)}`;
  const annotated = report.findings.filter(isAnnotatable);
  const preface = [
    scope(result),
    ...(result.policyChange ? [policyPreview(result.policyChange)] : []),
    annotated.length > MAX_ANNOTATIONS
      ? `> Only the first ${MAX_ANNOTATIONS} of ${annotated.length} findings are annotated in the files; all are listed below.\n\n`
      : "",
  ].join("");
  const summary =
    preface +
    formatMarkdown(report, {
      title: "roadmap-gate",
      maxLength: CHECK_RUN_LIMIT.maxLength - preface.length,
      cutAdvice: "see the annotations, or run `roadmap-gate validate` locally",
    });
  return { conclusion, title, summary, annotations: annotations(annotated) };
}

/** The base branch's policy is invalid: nothing is judged under it, and the check fails. */
export function policyInvalidOutput(findings: readonly Finding[], ref: string): CheckOutput {
  const intro = `The policy that judges this pull request (on ${codeSpan(ref)}) is not valid, so no item was judged under it. Fix the policy on the base branch.\n\n`;
  const list = findings.map((f) => ({
    text: `- ${codeSpan(f.file)} line ${f.line}, column ${f.column}: ${inlineMarkdown(f.message)}<br>Hint: ${inlineMarkdown(f.hint)}\n`,
    counts: "finding",
  }));
  return {
    conclusion: "failure",
    title: "The policy on the base branch is invalid",
    summary: fitMarkdown([{ text: intro }, ...list], CHECK_RUN_LIMIT),
    annotations: [],
  };
}

/** Evaluation threw (API error, timeout, bug): the check fails closed and says why. */
export function errorOutput(reason: string): CheckOutput {
  return {
    conclusion: "failure",
    title: "roadmap-gate could not evaluate this pull request",
    summary: fitMarkdown(
      [
        {
          text: `The gate fails closed: ${escapeMarkdown(reason)}\n\nThis is not a verdict on the items. Comment \`/roadmap-gate recheck\` or use **Re-run** once the cause is gone.\n`,
        },
      ],
      CHECK_RUN_LIMIT,
    ),
    annotations: [],
  };
}

/** Batches of 50, the most GitHub takes in one request. */
export function annotationBatches(list: readonly CheckAnnotation[]): CheckAnnotation[][] {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < list.length; i += 50) batches.push(list.slice(i, i + 50));
  return batches;
}

function scope(result: PullRequestResult): string {
  const parts = [`${count(result.changedItems.length, "item file")} changed`];
  if (result.links.ids.length > 0)
    parts.push(`links ${result.links.ids.map((id) => codeSpan(id)).join(", ")}`);
  if (result.links.issues.length > 0)
    parts.push(`closes ${result.links.issues.map((n) => `#${n}`).join(", ")}`);
  return `This pull request: ${parts.join("; ")}. Judged against the base branch's policy.\n\n`;
}

function policyPreview(change: PolicyChange): string {
  const verb = change.removed ? "removes" : "changes";
  const invalid = change.findings.filter((f) => f.level === "error");
  const lines = [
    `### Policy change preview\n\n`,
    `This pull request ${verb} the policy. It is judged by the base branch's policy; the new one applies once it is merged.\n\n`,
  ];
  if (invalid.length > 0) {
    lines.push(
      `The new policy is **invalid** (${count(invalid.length, "error")}), which fails this pull request.\n\n`,
    );
  } else if (change.wouldFail.length === 0) {
    lines.push("Under the new policy every existing item would still pass.\n\n");
  } else {
    lines.push(
      `Under the new policy ${count(change.wouldFail.length, "existing item")} would fail:\n\n| item | file | errors |\n|---|---|---|\n`,
      ...change.wouldFail
        .slice(0, 50)
        .map(
          (w) =>
            `| ${w.id === undefined ? "—" : escapeMarkdown(w.id)} | ${codeSpan(w.file, true)} | ${w.errors} |\n`,
        ),
      change.wouldFail.length > 50 ? `\n… and ${change.wouldFail.length - 50} more.\n` : "",
      "\n",
    );
  }
  return lines.join("");
}

/** Findings on a repository file; pull request findings (file "") and `_extends` bases stay in the summary. */
function isAnnotatable(f: Finding): boolean {
  return f.file !== "" && !f.file.includes(":");
}

function annotations(findings: readonly Finding[]): CheckAnnotation[] {
  // The errors first: when there are more than MAX_ANNOTATIONS, those are what must be seen.
  const order = { error: 0, warning: 1, note: 2 };
  return [...findings]
    .sort((a, b) => order[a.level] - order[b.level])
    .slice(0, MAX_ANNOTATIONS)
    .map((f) => ({
      path: f.file,
      start_line: f.line,
      end_line: f.line,
      start_column: f.column,
      end_column: f.column,
      annotation_level: LEVEL[f.level],
      title: f.ruleId,
      message: `${f.message}\n${f.hint}`,
    }));
}
