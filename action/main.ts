import * as core from "@actions/core";
import { context } from "@actions/github";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { utcToday } from "../core/dates.js";
import { summaryLine } from "../core/format/summary-line.js";
import { readOptionsFrom } from "../core/parse/read-options.js";
import { evaluatePullRequest } from "../core/pull-request/evaluate-pull-request.js";
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
    const github = connect(inputs.token, process.env.GITHUB_REPOSITORY ?? "");
    const event = await readEvent(context.eventName ?? "", context.payload, github);
    const today = utcToday(new Date());
    const read = readOptionsFrom(process.env);

    // On a pull request the base commit's policy decides, never the head's or the workspace's.
    const { policy, findings } =
      event.kind === "pull-request"
        ? await readBasePolicy(github, inputs.config, event.pr.baseSha)
        : await readWorkspacePolicy(github, inputs.config, workspace);
    if (!policy) {
      await publish(invalidPolicyReport(findings), { sarifPath, workspace });
      const reasons = findings.map((f) => f.message).join("; ");
      core.setFailed(`The policy ${inputs.config} is not valid, so no item was judged: ${reasons}`);
      return;
    }

    const verify = verifySignOffs(inputs.verifySignOff, event, policy.sign_off.verify);
    const { report, policyChange } =
      event.kind === "pull-request"
        ? await evaluatePullRequest({
            port: github.port,
            pr: event.pr,
            policy,
            policyPath: inputs.config,
            today,
            changedOnly: inputs.changedOnly,
            verify,
            followLinks: false,
            paths: inputs.paths,
            read,
          })
        : {
            report: await evaluateWorkspace({
              github,
              event,
              workspace,
              policy,
              paths: inputs.paths,
              changedOnly: inputs.changedOnly,
              today,
              read,
            }),
            policyChange: undefined,
          };

    await publish(report, { sarifPath, workspace, policyChange });
    const why = failure(report, inputs.failOn, policy.enforcement);
    if (why) core.setFailed(why);
    else core.info(`roadmap-gate: ${summaryLine(report)}.`);
  } catch (error) {
    // An API, permission or setup error never passes: the gate fails closed with the reason.
    core.setOutput("result", "fail");
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
