import * as core from "@actions/core";
import { withFindings } from "../core/build-report.js";
import { UNVERIFIED_NOTICE } from "../core/evaluate.js";
import type { Finding } from "../core/findings/finding.js";
import { fileReports, runCheck } from "../core/rules/context.js";
import { policyPathsUnmatched } from "../core/rules/policy-paths-unmatched.js";
import type { ReadOptions } from "../core/parse/read-options.js";
import type { Policy } from "../core/policy/policy.js";
import type { Report } from "../core/report.js";
import type { EvaluationOutcome, JobRunner } from "../core/gate/job.js";
import { comparable, type ActionEvent } from "./event.js";
import type { ActionGitHub } from "./github.js";
import { unverifiedNotice } from "./verify.js";
import { readWorkspaceItems } from "./workspace.js";

export interface WorkspaceRun {
  github: ActionGitHub;
  event: Exclude<ActionEvent, { kind: "pull-request" }>;
  workspace: string;
  policy: Policy;
  /** The `paths` input; undefined: the policy's. */
  paths?: string[];
  /** Where the policy file is, for a finding about its `paths`. */
  policyPath: string;
  changedOnly: boolean;
  today: string;
  /**
   * Where the items are judged: a thread with a budget per file. With a Prometheus port, the
   * error-budget gate covers every judged item in error_budget.statuses, asked from the thread.
   */
  judge: JobRunner;
  /** How item files are read (e.g. without the fast reader); passed to the thread's engine. */
  read?: ReadOptions;
  /** Whether the repository's owner is an organisation, for the people checks. */
  ownerIsOrg?: boolean;
}

/**
 * Push and other events: item files from the checked-out workspace, sign-offs as written. With
 * changed-only on a push, only the items changed between before and after are judged; the others
 * are still read for their ids.
 */
export async function evaluateWorkspace(run: WorkspaceRun): Promise<EvaluationOutcome<Report>> {
  const { event, policy, today } = run;
  const all = await readWorkspaceItems(run.workspace, run.paths ?? policy.paths);
  // SLO files are read like items, from the same checkout.
  const sloFiles =
    policy.slo.files.length > 0
      ? await readWorkspaceItems(run.workspace, policy.slo.files)
      : undefined;
  // Paths that exist after the push and changed since `before`; unknown (undefined) when the
  // list may be incomplete: then every item is judged, which is never looser.
  const compared =
    run.changedOnly && event.kind === "push" && comparable(event)
      ? await run.github.port.compareFiles(event.before, event.after)
      : undefined;
  const changed = compared?.filter((f) => f.status !== "removed").map((f) => f.path);
  if (run.changedOnly && !changed)
    core.info("changed-only: the changed files cannot be listed here, so every item is judged.");
  const judged = changed ? new Set(changed) : undefined;
  const outcome = await run.judge(
    {
      kind: "files",
      input: {
        files: judged ? all.filter((f) => judged.has(f.path)) : all,
        others: judged ? all.filter((f) => !judged.has(f.path)) : undefined,
        sloFiles,
        policy,
        today,
        read: run.read,
      },
      // Every judged item's people are looked up (a push judges every item, SPEC 9.3).
      people: { owner: run.github.owner, repo: run.github.repo, ownerIsOrg: run.ownerIsOrg },
    },
    run.github.port,
  );
  if (outcome.kind !== "done") return outcome;
  const findings: Finding[] = [];
  // "0 items" must not read as a pass: the policy's globs that match nothing are said.
  if (!run.paths && all.length === 0)
    runCheck(policyPathsUnmatched, fileReports(run.policyPath, findings), { paths: policy.paths });
  const report = withFindings(outcome.value, findings);
  return {
    kind: "done",
    value: {
      ...report,
      notices: report.notices.map((n) => (n === UNVERIFIED_NOTICE ? unverifiedNotice(event) : n)),
    },
  };
}
