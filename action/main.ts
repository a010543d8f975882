import * as core from "@actions/core";
import { context } from "@actions/github";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { utcToday } from "../core/dates.js";
import { UNVERIFIED_NOTICE } from "../core/evaluate.js";
import type { Finding } from "../core/findings/finding.js";
import { summaryLine } from "../core/format/summary-line.js";
import {
  evaluatePullRequest,
  type PolicyChange,
} from "../core/pull-request/evaluate-pull-request.js";
import type { Report } from "../core/report.js";
import { annotate } from "./annotations.js";
import { comparable, readEvent } from "./event.js";
import { evaluateWorkspace } from "./evaluate-workspace.js";
import { connect } from "./github.js";
import { readInputs } from "./inputs.js";
import { readBasePolicy, readWorkspacePolicy } from "./policy.js";
import { pushChangedPaths } from "./push-changes.js";
import { writeSarif } from "./sarif.js";
import { summaryMarkdown, writeSummary } from "./summary.js";
import { unverifiedNotice, verifySignOffs } from "./verify.js";

/** Permission and policy errors fail the step whatever fail-on and enforcement say. */
const ALWAYS_FAIL = new Set(["signoff-authority-unknown", "policy-invalid"]);

/** The Action: inputs → event → port → policy → evaluate → annotations, summary, SARIF, outputs → fail or not. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const github = connect(inputs.token, process.env.GITHUB_REPOSITORY ?? "");
    const event = await readEvent(context.eventName ?? "", context.payload, github);
    const today = utcToday(new Date());

    // On a pull request the base commit's policy decides, never the head's or the workspace's.
    const loaded =
      event.kind === "pull-request"
        ? await readBasePolicy(github, inputs.config, event.pr.baseSha)
        : await readWorkspacePolicy(github, inputs.config, workspace);
    const policy = loaded.policy;
    const sarifPath =
      inputs.sarifFile ?? join(process.env.RUNNER_TEMP || tmpdir(), "roadmap-gate.sarif");
    if (!policy) {
      await publish(policyReport(loaded.findings), { sarifPath, workspace });
      core.setFailed(
        `The policy ${inputs.config} is not valid, so no item was judged: ${loaded.findings.map((f) => f.message).join("; ")}`,
      );
      return;
    }

    const verify = verifySignOffs(inputs.verifySignOff, event, policy.sign_off.verify);
    let report: Report;
    let policyChange: PolicyChange | undefined;
    if (event.kind === "pull-request") {
      const result = await evaluatePullRequest({
        port: github.port,
        pr: event.pr,
        policy,
        policyPath: inputs.config,
        today,
        changedOnly: inputs.changedOnly,
        verify,
        followLinks: false,
        paths: inputs.paths,
      });
      report = result.report;
      policyChange = result.policyChange;
    } else {
      const changed =
        inputs.changedOnly && event.kind === "push" && comparable(event)
          ? await pushChangedPaths(github, event.before, event.after)
          : undefined;
      if (inputs.changedOnly && !changed)
        core.info(
          "changed-only: the changed files cannot be listed here, so every item is judged.",
        );
      report = await evaluateWorkspace({
        workspace,
        policy,
        paths: inputs.paths,
        changed,
        today,
      });
      report = {
        ...report,
        notices: report.notices.map((n) => (n === UNVERIFIED_NOTICE ? unverifiedNotice(event) : n)),
      };
    }

    await publish(report, { sarifPath, workspace, policyChange });
    const failOn = policy.enforcement === "warn" ? "never" : inputs.failOn;
    const blocking = report.findings.filter(
      (f) => ALWAYS_FAIL.has(f.ruleId) && f.level === "error",
    );
    const failing =
      blocking.length > 0 ||
      (failOn === "error" && report.errors > 0) ||
      (failOn === "warning" && report.errors + report.warnings > 0);
    if (failing)
      core.setFailed(
        `roadmap-gate: ${summaryLine(report)}.` +
          (blocking[0] ? ` This fails whatever fail-on says: ${blocking[0].message}.` : ""),
      );
    else core.info(`roadmap-gate: ${summaryLine(report)} (fails on: ${failOn}).`);
  } catch (error) {
    // An API, permission or setup error never passes: the gate fails closed with the reason.
    core.setOutput("result", "fail");
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** Annotations, job summary, SARIF and outputs: the same for a judged run and a broken policy. */
async function publish(
  report: Report,
  options: { sarifPath: string; workspace: string; policyChange?: PolicyChange },
): Promise<void> {
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
function policyReport(findings: Finding[]): Report {
  const errors = findings.filter((f) => f.level === "error").length;
  return {
    items: [],
    findings,
    errors,
    warnings: findings.filter((f) => f.level === "warning").length,
    notes: findings.filter((f) => f.level === "note").length,
    result: "fail",
    notices: [],
  };
}
