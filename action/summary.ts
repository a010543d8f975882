import * as core from "@actions/core";
import { formatMarkdown } from "../core/format/markdown.js";
import { policyPreview } from "../core/format/policy-preview.js";
import { JOB_SUMMARY_LIMIT } from "../core/format/fit-markdown.js";
import { utf8Length } from "../core/parse/decode.js";
import type { PolicyChange } from "../core/pull-request/evaluate-pull-request.js";
import type { Report } from "../core/report.js";
import { ANNOTATIONS_PER_LEVEL, type Unshown } from "./annotations.js";

/** Room kept below GitHub's 1 MiB, so the summary is never refused. */
const MARGIN_BYTES = 4096;

export interface SummaryExtras {
  unshown: Unshown;
  policyChange?: PolicyChange;
}

/** The job summary: every finding (markdown format), then what annotations and the policy preview add. */
export function summaryMarkdown(report: Report, extras: SummaryExtras): string {
  const tail = [
    annotationNote(extras.unshown),
    extras.policyChange ? `\n${policyPreview(extras.policyChange)}` : "",
  ].join("");
  const body = formatMarkdown(report, {
    maxLength: JOB_SUMMARY_LIMIT.maxLength - MARGIN_BYTES - utf8Length(tail),
    lengthUnit: "bytes",
    cutAdvice: "every finding is in the SARIF file (output `sarif-file`)",
  });
  return body + tail;
}

/** Appends to $GITHUB_STEP_SUMMARY; outside a runner (no such file) there is nowhere to write. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown).write();
}

function annotationNote(unshown: Unshown): string {
  const parts = (["error", "warning", "note"] as const)
    .filter((level) => unshown[level] > 0)
    .map((level) => `${unshown[level]} more ${level}${unshown[level] === 1 ? "" : "s"}`);
  if (parts.length === 0) return "";
  return `\n> [!NOTE]\n> GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step: ${parts.join(", ")} are not annotated; see the findings above, and the SARIF file (output \`sarif-file\`) for every finding.\n`;
}
