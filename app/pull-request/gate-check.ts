import type { Context, Logger } from "probot";
import { utcToday } from "../../core/dates.js";
import { DEFAULT_POLICY_PATH } from "../../core/policy/policy.js";
import { PortError, type GitHubPort } from "../../core/port.js";
import { readOptionsFrom } from "../../core/parse/read-options.js";
import { gatePullRequest } from "../../core/gate/gate-pull-request.js";
import type { PullRequestInfo } from "../../core/pull-request/pull-request.js";
import { createGitHubPort } from "../../github/github-port.js";
import { peopleCache } from "../people-cache.js";
import { requestTimeoutMs, withDeadline } from "../../github/request-deadline.js";
import { evaluateInThread, threadSettings } from "../../thread/evaluation-threads.js";
import { heldLease, MAX_TAKEOVERS } from "../leases/delivery-leases.js";
import { prometheusFromEnv } from "../prometheus.js";
import {
  errorOutput,
  gateOutput,
  policyInvalidOutput,
  tooComplexOutput,
  type CheckOutput,
} from "./check-output.js";
import { judgeSharedHead } from "./shared-head.js";
import { completeRun, runForDelivery, startRun, type CheckRunTarget } from "./check-run.js";

/** What an event asks to gate: a commit, and the pull request it belongs to. */
export interface GateTarget {
  /** The commit the check run is written on and the items are read at. */
  headSha: string;
  /** The pull request; fetched after the check run exists when the event carries only a number. */
  pullRequest(): Promise<PullRequestInfo>;
  /** A merge queue's commit: no pull request has it as its head, so none shares its check run. */
  queue?: boolean;
}

export interface GateContext extends CheckRunTarget {
  log: Logger;
  /** The installation, whose turn the evaluation waits for when every thread is busy. */
  installation?: number;
  /** The repository's owner is an organisation (the event's `repository.owner.type`). */
  ownerIsOrg?: boolean;
}

/** An evaluation that has not finished by then fails closed (`ROADMAP_GATE_TIMEOUT_SECONDS`). */
function timeoutMs(): number {
  const seconds = Number(process.env.ROADMAP_GATE_TIMEOUT_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 60) * 1000;
}

/**
 * One evaluation, one check run: written `in_progress` at once, then always completed, with
 * `failure` and the reason when anything goes wrong. A redelivered webhook writes nothing.
 */
export async function runGateCheck(given: GateContext, target: GateTarget): Promise<void> {
  // Every request has a deadline; the evaluation's are also cancelled when it ends.
  const timeoutMs = requestTimeoutMs(process.env);
  const ctx = { ...given, octokit: withDeadline(given.octokit, { timeoutMs }) };
  // Reporting matters more than deduplicating: if the lookup fails, the run is written anyway.
  const existing = await runForDelivery(ctx, target.headSha).catch((error: unknown) => {
    ctx.log.warn({ err: error, delivery: ctx.delivery }, "Could not look for a redelivery");
    return undefined;
  });
  if (existing && !isOrphaned(existing, ctx.delivery)) {
    ctx.log.info(
      { delivery: ctx.delivery, checkRun: existing.id },
      "Redelivered webhook: check run exists",
    );
    return;
  }
  // A run left in progress by a replica that died is finished by the redelivery, not duplicated.
  const id = existing?.id ?? (await startRun(ctx, target.headSha));
  const ended = new AbortController();
  const reading = {
    ...given,
    octokit: withDeadline(given.octokit, { timeoutMs, signal: ended.signal }),
  };
  const output =
    abandoned(ctx.delivery) ??
    (await evaluate(reading, target)
      .catch((error: unknown) => {
        ctx.log.error({ err: error, delivery: ctx.delivery }, "roadmap-gate evaluation failed");
        return errorOutput(reasonOf(error));
      })
      .finally(() => ended.abort()));
  await completeRun(ctx, id, output);
}

/**
 * Reads the policy here, then judges in a thread of its own (thread/evaluation-threads.ts) that is
 * stopped when a file outlasts its budget or the evaluation its deadline, so a slow repository
 * never holds up the webhooks and checks of the others.
 */
async function evaluate(ctx: GateContext, target: GateTarget): Promise<CheckOutput> {
  const pr = { ...(await target.pullRequest()), headSha: target.headSha };
  const port = createGitHubPort(ctx.octokit, ctx.repo);
  const own = { pr, output: await judge(ctx, port, pr) };
  if (target.queue) return own.output;
  // Every open pull request from this commit shares its check run: each is judged too.
  const others = (await port.openPullRequestsAt(target.headSha)).filter(
    (other) => other.number !== pr.number,
  );
  return judgeSharedHead(own, others, (other) =>
    judge(ctx, port, other).catch((error: unknown) => errorOutput(reasonOf(error))),
  );
}

/** One pull request at the commit, under its own base branch's policy: the gate, as a check run. */
async function judge(
  ctx: GateContext,
  port: GitHubPort,
  pr: PullRequestInfo,
): Promise<CheckOutput> {
  const { fileMs, memoryMb } = threadSettings(process.env);
  const thread = {
    prometheus: prometheusFromEnv(),
    budget: { fileMs, memoryMb, totalMs: timeoutMs() },
    queue: `installation:${ctx.installation ?? "none"}`,
  };
  const gated = await gatePullRequest({
    port,
    // People lookups come from the installation's cache when asked in the last 10 minutes.
    reader: (limits) =>
      peopleCache.wrap(createGitHubPort(ctx.octokit, ctx.repo, limits), ctx.installation),
    run: (job, reader) => evaluateInThread(job, { ...thread, port: reader }),
    pr,
    policy: { path: DEFAULT_POLICY_PATH, orgFallback: true },
    today: utcToday(new Date()),
    changedOnly: true,
    followLinks: true,
    verify: (policyVerify) => policyVerify,
    read: readOptionsFrom(process.env),
    ownerIsOrg: ctx.ownerIsOrg,
  });
  if (gated.kind === "policy-invalid") return policyInvalidOutput(gated.findings, pr.baseRef);
  if (gated.kind === "stopped") return tooComplexOutput(gated.finding);
  return gateOutput(gated.result, gated.verdict);
}

/**
 * A run in progress that no one finishes: this replica holds the delivery's lease (app/leases), so
 * whoever wrote the run stopped; or, without a lease, it is older than any evaluation lasts.
 */
function isOrphaned(run: { status: string; startedAt?: string }, delivery: string): boolean {
  if (run.status === "completed") return false;
  if (heldLease(delivery)) return true;
  if (run.startedAt === undefined) return false;
  return Date.now() - Date.parse(run.startedAt) > timeoutMs() + 60_000;
}

/** A delivery whose replicas kept stopping mid-evaluation fails closed instead of stopping another. */
function abandoned(delivery: string): CheckOutput | undefined {
  const takeovers = heldLease(delivery)?.takeovers ?? 0;
  if (takeovers < MAX_TAKEOVERS) return undefined;
  return errorOutput(
    `the App's replicas stopped ${takeovers} times while evaluating this commit (see the App's logs)`,
  );
}

function reasonOf(error: unknown): string {
  if (error instanceof PortError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message}`;
}

/** The check run target of a webhook: its installation's client, repository and delivery id. */
export function gateContext(context: Context): GateContext {
  return {
    octokit: context.octokit,
    repo: context.repo(),
    delivery: context.id,
    log: context.log,
    installation: (context.payload as { installation?: { id?: number } }).installation?.id,
    ownerIsOrg: ownerIsOrg(context.payload),
  };
}

/** From the event: undefined when it does not say (the people checks then ask GitHub). */
function ownerIsOrg(payload: unknown): boolean | undefined {
  const type = (payload as { repository?: { owner?: { type?: string } } }).repository?.owner?.type;
  return type === undefined ? undefined : type === "Organization";
}
