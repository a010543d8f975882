import * as core from "@actions/core";
import { context } from "@actions/github";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { utcToday } from "../core/dates.js";
import { withFindings } from "../core/build-report.js";
import { summaryLine } from "../core/format/summary-line.js";
import { readOptionsFrom } from "../core/parse/read-options.js";
import type { Finding } from "../core/findings/finding.js";
import type { PolicyChange } from "../core/pull-request/evaluate-pull-request.js";
import type { Report } from "../core/report.js";
import { tooComplexFinding, tooComplexReport } from "../core/stopped-file.js";
import { clientTimings } from "../github/client-timings.js";
import { requestTimeoutMs } from "../github/request-deadline.js";
import { createHttpPrometheus } from "../prometheus/http-prometheus.js";
import {
  evaluateInThread,
  threadSettings,
  type EvaluationOutcome,
} from "../thread/evaluation-thread.js";
import { readEvent } from "./event.js";
import { evaluateWorkspace } from "./evaluate-workspace.js";
import { failure } from "./fail-on.js";
import { connect } from "./github.js";
import { readInputs } from "./inputs.js";
import { readBasePolicy, readWorkspacePolicy } from "./policy.js";
import { invalidPolicyReport, publish } from "./publish.js";
import { verifySignOffs } from "./verify.js";

/** The Action: inputs → event → port → policy → evaluate → annotations, summary, SARIF, outputs → fail or not. */
export async function run(): Promise<void> {
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
    const today = utcToday(new Date());
    const read = readOptionsFrom(process.env);

    // On a pull request the base branch's policy decides (at its current head, never stale),
    // never the pull request's head or the workspace.
    const { policy, findings, warnings } =
      event.kind === "pull-request"
        ? await readBasePolicy(github, inputs.config, event.pr.baseRef)
        : await readWorkspacePolicy(github, inputs.config, workspace);
    if (!policy) {
      await publish(invalidPolicyReport(findings), { sarifPath, workspace });
      const reasons = findings.map((f) => f.message).join("; ");
      core.setFailed(`The policy ${inputs.config} is not valid, so no item was judged: ${reasons}`);
      return;
    }

    const prometheus = inputs.prometheus ? createHttpPrometheus(inputs.prometheus) : undefined;
    const verify = verifySignOffs(inputs.verifySignOff, event, policy.sign_off.verify);
    // Judged in a thread of its own, stopped when a file outlasts its time or memory (too-complex).
    const { fileMs, memoryMb, stallOn } = threadSettings(process.env);
    // Prometheus is asked from this thread too, for the worker (the error-budget gate).
    const thread = { port: github.port, prometheus, budget: { fileMs, memoryMb }, stallOn };
    const judged =
      event.kind === "pull-request"
        ? stoppedOr(
            await evaluateInThread(
              {
                kind: "pull-request",
                owner: github.owner,
                repo: github.repo,
                run: {
                  pr: event.pr,
                  policy,
                  policyPath: inputs.config,
                  today,
                  changedOnly: inputs.changedOnly,
                  verify,
                  followLinks: false,
                  paths: inputs.paths,
                  read,
                },
              },
              thread,
            ),
          )
        : stoppedOr(
            await evaluateWorkspace({
              github,
              event,
              workspace,
              policy,
              paths: inputs.paths,
              policyPath: inputs.config,
              changedOnly: inputs.changedOnly,
              today,
              thread,
              read,
            }),
          );

    const { policyChange, stopped } = judged;
    // The policy's warnings (a live check this version does not run) are reported with the rest.
    const report = withFindings(judged.report, warnings ?? []);
    await publish(report, { sarifPath, workspace, policyChange });
    if (stopped) {
      // Fails closed whatever fail-on and enforcement say: nothing else was judged.
      core.setFailed(`roadmap-gate stopped judging ${stopped.file}: ${stopped.message}.`);
      return;
    }
    const why = failure(report, inputs.failOn, policy.enforcement);
    if (why) core.setFailed(why);
    else core.info(`roadmap-gate: ${summaryLine(report)}.`);
  } catch (error) {
    // An API, permission or setup error never passes: the gate fails closed with the reason.
    core.setOutput("result", "fail");
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** A judged run, or the report of one stopped at a file that outlasted its budget or memory. */
function stoppedOr(
  outcome: EvaluationOutcome<Report | { report: Report; policyChange?: PolicyChange }>,
): { report: Report; policyChange?: PolicyChange; stopped?: Finding } {
  if (outcome.kind === "too-complex") {
    return { report: tooComplexReport(outcome), stopped: tooComplexFinding(outcome) };
  }
  return "report" in outcome.value ? outcome.value : { report: outcome.value };
}
