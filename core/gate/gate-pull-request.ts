import { buildReport, withFindings } from "../build-report.js";
import type { Finding } from "../findings/finding.js";
import { gateVerdict, type FailOn, type GateVerdict } from "../gate-verdict.js";
import type { ReadOptions } from "../parse/read-options.js";
import type { Policy } from "../policy/policy.js";
import type { GitHubPort } from "../port.js";
import type { PullRequestResult } from "../pull-request/evaluate-pull-request.js";
import type { PullRequestInfo } from "../pull-request/pull-request.js";
import type { Report } from "../report.js";
import type { JobRunner } from "./job.js";
import { judged } from "./judged.js";
import { evaluationLimits, type ReadLimits } from "./read-limits.js";
import { readGatePolicy } from "./read-gate-policy.js";

/** One pull request to gate, as a surface asks for it. */
export interface GateRequest {
  /** Reads the policy (and nothing of the pull request's files). */
  port: GitHubPort;
  /** The port the evaluation reads through, within the limits the policy sets (sizes first). */
  reader(limits: ReadLimits): GitHubPort;
  /** Runs the job where it can be stopped (a worker thread). */
  run: JobRunner;
  pr: PullRequestInfo;
  /** The policy file, read on the base branch; `orgFallback`: the organisation's default too. */
  policy: { path: string; orgFallback: boolean };
  /** UTC "YYYY-MM-DD". */
  today: string;
  changedOnly: boolean;
  followLinks: boolean;
  /** Whether sign-offs are verified, given what the policy says (an input may only tighten it). */
  verify(policyVerify: boolean): boolean;
  /** Overrides the policy's paths (the Action's `paths` input). */
  paths?: string[];
  read?: ReadOptions;
  /** Which findings fail (the Action's `fail-on`); default errors. */
  failOn?: FailOn;
  /** The repository's owner is an organisation (the event's `repository.owner.type`), for people. */
  ownerIsOrg?: boolean;
}

/** What the gate decided (`result`: what was judged): the surface turns it into its own output. */
export type GateOutcome<Result = PullRequestResult> =
  /** The policy is invalid: nothing was judged under it. */
  | { kind: "policy-invalid"; findings: Finding[]; verdict: GateVerdict }
  | { kind: "judged"; policy: Policy; result: Result; verdict: GateVerdict }
  /** A file outlasted its budget: the gate fails closed, nothing else was judged. */
  | { kind: "stopped"; policy: Policy; finding: Finding; report: Report; verdict: GateVerdict };

/**
 * The gate flow both surfaces call on a pull request: the base branch's policy at its current head
 * (fully qualified: a bare name would resolve to a tag first), read once; the items read through a
 * port that asks sizes first and reads at most 64 MiB; the job judged where it can be stopped; and
 * one verdict, with its always-fail set. Throws PortError on API failure; callers fail closed.
 */
export async function gatePullRequest(request: GateRequest): Promise<GateOutcome> {
  const { pr } = request;
  const loaded = await readGatePolicy(
    request.port,
    { path: request.policy.path, ref: `refs/heads/${pr.baseRef}` },
    { orgFallback: request.policy.orgFallback },
  );
  const { policy } = loaded;
  if (!policy) {
    const { findings } = loaded;
    return {
      kind: "policy-invalid",
      findings,
      verdict: gateVerdict(buildReport([], findings, [])),
    };
  }
  const outcome = judged(
    await request.run(
      {
        kind: "pull-request",
        owner: request.port.owner,
        repo: request.port.repo,
        run: {
          pr,
          policy,
          policyPath: request.policy.path,
          today: request.today,
          changedOnly: request.changedOnly,
          verify: request.verify(policy.sign_off.verify),
          followLinks: request.followLinks,
          ...(request.paths ? { paths: request.paths } : {}),
          ownerIsOrg: request.ownerIsOrg,
          read: request.read,
        },
      },
      request.reader(evaluationLimits(policy)),
    ),
  );
  const failOn = request.failOn ?? "error";
  // The policy's warnings (a live check this version does not run) are reported with the rest.
  const warned = (report: Report) => withFindings(report, loaded.warnings ?? []);
  if (outcome.kind === "stopped") {
    const report = warned(outcome.report);
    const verdict = gateVerdict(report, policy.enforcement, failOn);
    return { ...outcome, report, policy, verdict };
  }
  const result = { ...outcome.value, report: warned(outcome.value.report) };
  return {
    kind: "judged",
    policy,
    result,
    verdict: gateVerdict(result.report, policy.enforcement, failOn),
  };
}
