import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { readEvent } from "../../../action/event.js";
import { gate } from "../../../action/main.js";
import { readOptionsFrom } from "../../../core/parse/read-options.js";
import { failure } from "../../../action/fail-on.js";
import type { ActionGitHub } from "../../../action/github.js";
import type { VerifySignOff } from "../../../action/inputs.js";
import { invalidPolicyReport } from "../../../action/publish.js";
import { summaryMarkdown } from "../../../action/summary.js";
import type { PrometheusPort } from "../../../core/error-budget/prometheus-port.js";
import { utcToday } from "../../../core/dates.js";
import type { GateOutcome } from "../../../core/gate/gate-pull-request.js";
import type { JobRunner } from "../../../core/gate/job.js";
import type { FailOn, GateVerdict } from "../../../core/gate-verdict.js";
import type { PolicyChange } from "../../../core/pull-request/evaluate-pull-request.js";
import { evaluatePullRequest } from "../../../core/pull-request/evaluate-pull-request.js";
import type { Report } from "../../../core/report.js";
import { createGitHubPort } from "../../../github/github-port.js";
import type { OctokitClient } from "../../../github/octokit-client.js";
import { withDeadline } from "../../../github/request-deadline.js";
import { evaluateInThread } from "../../../thread/evaluation-threads.js";
import type { FakeGitHub, LoggedRequest } from "../../support/fake-github/index.js";
import type { ActionEvent as EventFile } from "../../action/support/payloads.js";
import { POLICY } from "../../action/support/items.js";

/**
 * The Action's gate (action/main.ts's `gate`) in this process: the same event reading, the same
 * shared gate step (core/gate) or workspace evaluation, the real GitHub port on an Octokit like the
 * Action's against the fake GitHub over HTTP. What differs from the built Action is only around it:
 * no `node dist/index.js` (inputs, outputs, annotations: tests/action/*), and a pull request's job
 * judged in this thread instead of a worker (the thread's stops: tests/action/failures.test.ts).
 */

export const TOKEN = "ghs_gateTestToken0123456789abcdef";

/** What the Action's inputs say, in their parsed form (action/inputs.ts); defaults as action.yml's. */
export interface GateInputs {
  failOn?: FailOn;
  verifySignOff?: VerifySignOff;
  changedOnly?: boolean;
  paths?: string[];
  /** The Prometheus the Action would connect to (prometheus-url). */
  prometheus?: PrometheusPort;
}

export interface GateRun {
  outcome: GateOutcome<{ report: Report; policyChange?: PolicyChange }>;
  /** The report the Action publishes (an invalid policy's findings as one, as it does). */
  report: Report;
  verdict: GateVerdict;
  /** The step's failure message for a judged run (action/fail-on.ts); undefined: it passes. */
  failure?: string;
  /** The job summary as the Action writes it, without the note on annotations not shown. */
  summary: string;
  /** The requests the fake GitHub received during this gate. */
  requests: LoggedRequest[];
}

/**
 * action/github.ts's connect() on the fake: @actions/github's Octokit with the retry plugin (after
 * 5 ms instead of 1 s) and the request deadline. The base URL is passed, since @actions/github
 * reads GITHUB_API_URL once when it is imported.
 */
export function actionGitHub(gh: FakeGitHub, fullName: string): ActionGitHub {
  const [owner, repo] = fullName.split("/") as [string, string];
  const octokit = getOctokit(
    TOKEN,
    { baseUrl: gh.url, retry: { retries: 2, retryAfterBaseValue: 5 } },
    retry,
  ) as unknown as OctokitClient;
  const client = withDeadline(octokit, { timeoutMs: 30_000 });
  return {
    owner,
    repo,
    port: createGitHubPort(client, { owner, repo }),
    reader: (limits) => createGitHubPort(client, { owner, repo }, limits),
  };
}

/** A pull request's job judged in this thread: the engine the Action's worker runs, no worker. */
function inThisThread(prometheus?: PrometheusPort): JobRunner {
  return (async (job, port) => {
    if (job.kind !== "pull-request") throw new Error(`unexpected ${job.kind} job`);
    if (!port) throw new Error("a pull request job needs its reading port");
    return { kind: "done", value: await evaluatePullRequest({ ...job.run, port, prometheus }) };
  }) as JobRunner;
}

/** Whether the event's repository belongs to an organisation, as main.ts reads it. */
function ownerIsOrg(payload: Record<string, unknown>): boolean | undefined {
  const type = (payload.repository as { owner?: { type?: string } } | undefined)?.owner?.type;
  return type === undefined ? undefined : type === "Organization";
}

/**
 * The Action's gate for `event` on repository `repo`: a pull request event (pull_request,
 * pull_request_review, merge_group) through core/gate's gatePullRequest, any other through the
 * workspace (`workspace`: path → content or a symbolic link), judged in an evaluation thread.
 */
export async function gateAsAction(
  gh: FakeGitHub,
  repo: string,
  event: EventFile,
  inputs: GateInputs = {},
  workspace: Record<string, string | { symlink: string }> = {},
): Promise<GateRun> {
  const seen = gh.requests.length;
  const github = actionGitHub(gh, repo);
  const read = await readEvent(event.name, event.payload, github);
  const failOn = inputs.failOn ?? "error";
  // A pull request's job in this thread; the other events' in an evaluation thread, as the Action.
  const pullRequestJob = inThisThread(inputs.prometheus);
  const judge: JobRunner = (job, port) =>
    job.kind === "pull-request"
      ? pullRequestJob(job, port)
      : evaluateInThread(job, { budget: { fileMs: 10_000 }, port, prometheus: inputs.prometheus });
  const outcome = await inWorkspace(workspace, (dir) =>
    gate(
      {
        config: POLICY,
        paths: inputs.paths,
        changedOnly: inputs.changedOnly ?? false,
        verifySignOff: inputs.verifySignOff ?? "auto",
        failOn,
      },
      github,
      read,
      {
        workspace: dir,
        today: utcToday(new Date()),
        read: readOptionsFrom({}),
        judge,
        ownerIsOrg: ownerIsOrg(event.payload),
      },
    ),
  );
  const report =
    outcome.kind === "policy-invalid"
      ? invalidPolicyReport(outcome.findings)
      : outcome.kind === "stopped"
        ? outcome.report
        : outcome.result.report;
  const policyChange = outcome.kind === "judged" ? outcome.result.policyChange : undefined;
  return {
    outcome,
    report,
    verdict: outcome.verdict,
    failure: outcome.kind === "judged" ? failure(report, outcome.verdict) : undefined,
    summary: summaryMarkdown(report, {
      unshown: { error: 0, warning: 0, note: 0 },
      policyChange,
    }),
    requests: gh.requests.slice(seen),
  };
}

/** A checked-out workspace in a temporary folder for the length of `use`. */
async function inWorkspace<T>(
  files: Record<string, string | { symlink: string }>,
  use: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "roadmap-gate-workspace-"));
  try {
    for (const [path, content] of Object.entries(files)) {
      const file = join(dir, path);
      await mkdir(dirname(file), { recursive: true });
      if (typeof content === "string") await writeFile(file, content);
      else await symlink(content.symlink, file);
    }
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Findings of the report as [ruleId, file, line, column] rows, in report order. */
export function where(run: GateRun, ruleId?: string): [string, string, number, number][] {
  return run.report.findings
    .filter((f) => ruleId === undefined || f.ruleId === ruleId)
    .map((f) => [f.ruleId, f.file, f.line, f.column]);
}

/** The first finding of `ruleId`. */
export function finding(run: GateRun, ruleId: string) {
  return run.report.findings.find((f) => f.ruleId === ruleId);
}

/** 1-based line and column of the first `needle` in `text`, as numbers (a finding's position). */
export function at(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
