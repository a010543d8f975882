import type { Finding } from "../../core/findings/finding.js";
import { CHECK_RUN_LIMIT, fitMarkdown } from "../../core/format/fit-markdown.js";
import { formatMarkdown } from "../../core/format/markdown.js";
import { codeSpan, escapeMarkdown, inlineMarkdown } from "../../core/format/markdown-escape.js";
import { count, summaryLine } from "../../core/format/summary-line.js";
import type { GateVerdict } from "../../core/gate-verdict.js";
import type { PullRequestResult } from "../../core/pull-request/evaluate-pull-request.js";
import {
  isAnnotatable,
  MAX_ANNOTATIONS,
  toAnnotations,
  type CheckAnnotation,
} from "./annotations.js";
import { policyPreview } from "../../core/format/policy-preview.js";

export type Conclusion = "success" | "failure" | "neutral";

export interface CheckOutput {
  conclusion: Conclusion;
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

/** The check run's conclusion for each verdict (the same decision as the Action's step). */
const CONCLUSION: Record<GateVerdict["verdict"], Conclusion> = {
  pass: "success",
  warn: "neutral",
  fail: "failure",
};

/** The gate's verdict as a check run: conclusion, title, an escaped summary that fits, annotations. */
export function gateOutput(result: PullRequestResult, { verdict }: GateVerdict): CheckOutput {
  const { report } = result;
  const conclusion = CONCLUSION[verdict];
  const title =
    verdict === "pass"
      ? `Passes the gate: ${summaryLine(report)}`
      : `${verdict === "warn" ? "Would fail (enforcement: warn)" : "Fails the gate"}: ${summaryLine(report)}`;
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
  return { conclusion, title, summary, annotations: toAnnotations(annotated) };
}

/**
 * A file outlasted its time budget and the evaluation was stopped: the check fails closed, whatever
 * the enforcement (nothing else was judged), with the finding as the reason and an annotation.
 */
export function tooComplexOutput(finding: Finding): CheckOutput {
  return {
    conclusion: "failure",
    title: `roadmap-gate stopped judging ${finding.file}`,
    summary: fitMarkdown(
      [
        {
          text: `The gate fails closed: ${codeSpan(finding.file)}: ${inlineMarkdown(finding.message)} (\`${finding.ruleId}\`).\n\nHint: ${inlineMarkdown(finding.hint)}\n`,
        },
      ],
      CHECK_RUN_LIMIT,
    ),
    annotations: toAnnotations([finding]),
  };
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

function scope(result: PullRequestResult): string {
  const parts = [`${count(result.changedItems.length, "item file")} changed`];
  if (result.links.ids.length > 0)
    parts.push(`links ${result.links.ids.map((id) => codeSpan(id)).join(", ")}`);
  if (result.links.issues.length > 0)
    parts.push(`closes ${result.links.issues.map((n) => `#${n}`).join(", ")}`);
  return `This pull request: ${parts.join("; ")}. Judged against the base branch's policy.\n\n`;
}
