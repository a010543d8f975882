import * as core from "@actions/core";
import { count } from "../core/format/summary-line.js";
import { codeSpan, escapeMarkdown } from "../core/format/markdown-escape.js";
import { formatMarkdown } from "../core/format/markdown.js";
import { JOB_SUMMARY_LIMIT } from "../core/format/fit-markdown.js";
import { utf8Length } from "../core/parse/decode.js";
import type { PolicyChange } from "../core/pull-request/evaluate-pull-request.js";
import type { Report } from "../core/report.js";
import { ANNOTATIONS_PER_LEVEL, type Unshown } from "./annotations.js";

/** Room kept below GitHub's 1 MiB, so the summary is never refused. */
const MARGIN_BYTES = 4096;
const PREVIEW_ROWS = 50;

export interface SummaryExtras {
  unshown: Unshown;
  policyChange?: PolicyChange;
}

/** The job summary: every finding (markdown format), then what annotations and the policy preview add. */
export function summaryMarkdown(report: Report, extras: SummaryExtras): string {
  const tail = [annotationNote(extras.unshown), policyPreview(extras.policyChange)].join("");
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

function policyPreview(change: PolicyChange | undefined): string {
  if (!change) return "";
  const lines = [
    "",
    "### Policy change",
    "",
    `This pull request ${change.removed ? "removes" : "changes"} the policy. It is judged by the base branch's policy; the new one applies once it is merged.`,
    "",
  ];
  if (change.findings.some((f) => f.level === "error")) {
    lines.push("The new policy is not valid (see its findings above).", "");
  } else if (change.wouldFail.length === 0) {
    lines.push("Under the new policy no existing item would fail.", "");
  } else {
    lines.push(
      `Under the new policy ${count(change.wouldFail.length, "item")} would fail:`,
      "",
      "| item | errors | file |",
      "|---|---|---|",
      ...change.wouldFail
        .slice(0, PREVIEW_ROWS)
        .map(
          (w) =>
            `| ${w.id ? escapeMarkdown(w.id) : "—"} | ${w.errors} | ${codeSpan(w.file, true)} |`,
        ),
      "",
    );
    if (change.wouldFail.length > PREVIEW_ROWS)
      lines.push(`… and ${change.wouldFail.length - PREVIEW_ROWS} more.`, "");
  }
  return `${lines.join("\n")}\n`;
}
