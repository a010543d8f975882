import * as core from "@actions/core";
import type { Finding } from "../core/findings/finding.js";
import type { PolicyChange } from "../core/pull-request/evaluate-pull-request.js";
import type { Report } from "../core/report.js";
import { annotate } from "./annotations.js";
import { writeSarif } from "./sarif.js";
import { summaryMarkdown, writeSummary } from "./summary.js";

export interface PublishOptions {
  sarifPath: string;
  workspace: string;
  policyChange?: PolicyChange;
}

/** Annotations, job summary, SARIF and outputs: the same for a judged run and a broken policy. */
export async function publish(report: Report, options: PublishOptions): Promise<void> {
  const unshown = annotate(report.findings, report.notices);
  await writeSummary(summaryMarkdown(report, { unshown, policyChange: options.policyChange }));
  const sarifFile = await writeSarif(report, options.sarifPath, options.workspace);
  core.setOutput("result", report.result);
  core.setOutput("errors", report.errors);
  core.setOutput("warnings", report.warnings);
  core.setOutput("items", report.items.length);
  core.setOutput("sarif-file", sarifFile);
}

/** An invalid policy reported like any run: its findings, no items, a failing result. */
export function invalidPolicyReport(findings: Finding[]): Report {
  const count = (level: Finding["level"]) => findings.filter((f) => f.level === level).length;
  return {
    items: [],
    findings,
    errors: count("error"),
    warnings: count("warning"),
    notes: count("note"),
    result: "fail",
    notices: [],
  };
}
