import * as core from "@actions/core";
import { context } from "@actions/github";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { utcToday } from "../core/dates.js";
import { withFindings } from "../core/build-report.js";
import { summaryLine } from "../core/format/summary-line.js";
import { gatePullRequest, type GateOutcome } from "../core/gate/gate-pull-request.js";
import { judged } from "../core/gate/judged.js";
import { gateVerdict } from "../core/gate-verdict.js";
import { readOptionsFrom, type ReadOptions } from "../core/parse/read-options.js";
import type { PolicyChange } from "../core/pull-request/evaluate-pull-request.js";
import type { Report } from "../core/report.js";
import { clientTimings } from "../github/client-timings.js";
import { requestTimeoutMs } from "../github/request-deadline.js";
import { createHttpPrometheus } from "../prometheus/http-prometheus.js";
import type { JobRunner } from "../core/gate/job.js";
import {
  evaluateInThread,
  evaluationThreads,
  threadSettings,
} from "../thread/evaluation-threads.js";
import { readEvent, type ActionEvent } from "./event.js";
import { evaluateWorkspace } from "./evaluate-workspace.js";
import { failure } from "./fail-on.js";
import { connect, type ActionGitHub } from "./github.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { readWorkspacePolicy } from "./policy.js";
import { invalidPolicyReport, publish } from "./publish.js";
import { verifySignOffs } from "./verify.js";

export interface ActionOptions {
  /**
   * The module the evaluation threads run: the bundle's dist/judge.js (action/index.ts), the
   * engine alone, so a thread does not load the Action's GitHub and toolkit code again. Default:
   * thread/judge-thread.ts, from the sources or lib/.
   */
  judgeThread?: string;
}

/** The Action: inputs → event → the gate → annotations, summary, SARIF, outputs → fail or not. */
export async function run(options: ActionOptions = {}): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const sarifPath =
      inputs.sarifFile ?? join(process.env.RUNNER_TEMP || tmpdir(), "roadmap-gate.sarif");
    const github = connect(
      inputs.token,
      process.env.GITHUB_REPOSITORY ?? "",
      clientTimings(process.env),
      requestTimeoutMs(process.env),
    );
    const event = await readEvent(context.eventName ?? "", context.payload, github);
    const inThread = options.judgeThread
      ? evaluationThreads(options.judgeThread).evaluateInThread
      : evaluateInThread;
    // Judged in a thread of its own, stopped when a file outlasts its time or memory (too-complex).
    const { fileMs, memoryMb } = threadSettings(process.env);
    // Prometheus is asked from this thread too, for the worker (the error-budget gate).
    const prometheus = inputs.prometheus ? createHttpPrometheus(inputs.prometheus) : undefined;
    const thread = { prometheus, budget: { fileMs, memoryMb } };
    // The people checks ask about membership only in an organisation's repository (SPEC 9.3).
    const ownerType = (context.payload.repository as { owner?: { type?: string } } | undefined)
      ?.owner?.type;
    const gated = await gate(inputs, github, event, {
      workspace,
      today: utcToday(new Date()),
      read: readOptionsFrom(process.env),
      judge: (job, port) => inThread(job, { ...thread, port }),
      ownerIsOrg: ownerType === undefined ? undefined : ownerType === "Organization",
    });

    if (gated.kind === "policy-invalid") {
      await publish(invalidPolicyReport(gated.findings), { sarifPath, workspace });
      const reasons = gated.findings.map((f) => f.message).join("; ");
      core.setFailed(`The policy ${inputs.config} is not valid, so no item was judged: ${reasons}`);
      return;
    }
    if (gated.kind === "stopped") {
      await publish(gated.report, { sarifPath, workspace });
      // Fails closed whatever fail-on and enforcement say: nothing else was judged.
      const { finding } = gated;
      core.setFailed(`roadmap-gate stopped judging ${finding.file}: ${finding.message}.`);
      return;
    }
    const { report, policyChange } = gated.result;
    await publish(report, { sarifPath, workspace, policyChange });
    const why = failure(report, gated.verdict);
    if (why) core.setFailed(why);
    else core.info(`roadmap-gate: ${summaryLine(report)}.`);
  } catch (error) {
    // An API, permission or setup error never passes: the gate fails closed with the reason.
    core.setOutput("result", "fail");
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** What the gate runs with, besides the inputs: where and how items are judged. */
export interface GateSettings {
  /** The checked-out repository, for events other than pull requests. */
  workspace: string;
  today: string;
  /** How item files are read (e.g. without the fast reader). */
  read: ReadOptions;
  /** Where a job is judged: the Action's evaluation threads. */
  judge: JobRunner;
  /** Whether the repository's owner is an organisation, for the people checks. */
  ownerIsOrg?: boolean;
}

/**
 * The gate for the event: on a pull request the engine's gate flow (the base branch's policy,
 * never the head's or the workspace's); on other events the workspace's items and policy.
 */
export async function gate(
  inputs: Pick<ActionInputs, "config" | "paths" | "changedOnly" | "verifySignOff" | "failOn">,
  github: ActionGitHub,
  event: ActionEvent,
  settings: GateSettings,
): Promise<GateOutcome<{ report: Report; policyChange?: PolicyChange }>> {
  const { workspace, today, read, judge, ownerIsOrg } = settings;
  if (event.kind === "pull-request")
    return gatePullRequest({
      port: github.port,
      reader: github.reader,
      run: judge,
      pr: event.pr,
      policy: { path: inputs.config, orgFallback: false },
      today,
      changedOnly: inputs.changedOnly,
      followLinks: false,
      verify: (policyVerify) => verifySignOffs(inputs.verifySignOff, event, policyVerify),
      paths: inputs.paths,
      read,
      failOn: inputs.failOn,
      ownerIsOrg,
    });

  const { policy, findings, warnings } = await readWorkspacePolicy(
    github,
    inputs.config,
    workspace,
  );
  if (!policy) return { kind: "policy-invalid", findings, verdict: { verdict: "fail" } };
  // Throws before anything is judged when the input asks for what this event cannot give.
  verifySignOffs(inputs.verifySignOff, event, policy.sign_off.verify);
  const outcome = judged(
    await evaluateWorkspace({
      github,
      event,
      workspace,
      policy,
      paths: inputs.paths,
      policyPath: inputs.config,
      changedOnly: inputs.changedOnly,
      today,
      judge,
      ownerIsOrg,
      read,
    }),
  );
  // The policy's warnings (a live check this version does not run) are reported with the rest.
  const report = withFindings(
    outcome.kind === "stopped" ? outcome.report : outcome.value,
    warnings ?? [],
  );
  const verdict = gateVerdict(report, policy.enforcement, inputs.failOn);
  if (outcome.kind === "stopped") return { ...outcome, report, policy, verdict };
  return { kind: "judged", policy, result: { report }, verdict };
}
