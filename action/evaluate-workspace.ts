import * as core from "@actions/core";
import { evaluate, UNVERIFIED_NOTICE } from "../core/evaluate.js";
import { everyBudgetItem } from "../core/error-budget/budget-scope.js";
import { checkBudgets } from "../core/error-budget/check-budgets.js";
import { sloIndexOf, sloLookup } from "../core/error-budget/slo-lookup.js";
import type { PrometheusPort } from "../core/error-budget/prometheus-port.js";
import { loadItem } from "../core/item/load-item.js";
import type { Policy } from "../core/policy/policy.js";
import type { Report } from "../core/report.js";
import { comparable, type ActionEvent } from "./event.js";
import type { ActionGitHub } from "./github.js";
import { pushChangedPaths } from "./push-changes.js";
import { unverifiedNotice } from "./verify.js";
import { readWorkspaceItems } from "./workspace.js";

export interface WorkspaceRun {
  github: ActionGitHub;
  event: Exclude<ActionEvent, { kind: "pull-request" }>;
  workspace: string;
  policy: Policy;
  /** The `paths` input; undefined: the policy's. */
  paths?: string[];
  changedOnly: boolean;
  today: string;
  /** Prometheus, for the error-budget gate (every judged item in error_budget.statuses). */
  prometheus?: PrometheusPort;
}

/**
 * Push and other events: item files from the checked-out workspace, sign-offs as written. With
 * changed-only on a push, only the items changed between before and after are judged; the others
 * are still read for their ids.
 */
export async function evaluateWorkspace(run: WorkspaceRun): Promise<Report> {
  const { event, policy, today } = run;
  const all = await readWorkspaceItems(run.workspace, run.paths ?? policy.paths);
  // SLO files are read like items, from the same checkout.
  const sloFiles =
    policy.slo.files.length > 0
      ? await readWorkspaceItems(run.workspace, policy.slo.files)
      : undefined;
  const changed =
    run.changedOnly && event.kind === "push" && comparable(event)
      ? await pushChangedPaths(run.github, event.before, event.after)
      : undefined;
  if (run.changedOnly && !changed)
    core.info("changed-only: the changed files cannot be listed here, so every item is judged.");
  const judged = changed ? new Set(changed) : undefined;
  const files = judged ? all.filter((f) => judged.has(f.path)) : all;
  const held =
    policy.error_budget.gate && run.prometheus
      ? everyBudgetItem(
          files.map((f) => loadItem(f, policy.limits.max_file_bytes)),
          policy,
        )
      : [];
  const budget = await checkBudgets(
    run.prometheus,
    held,
    policy,
    held.length > 0 ? sloLookup(sloIndexOf(sloFiles, policy)) : undefined,
  );
  const report = evaluate({
    files,
    others: judged ? all.filter((f) => !judged.has(f.path)) : undefined,
    sloFiles,
    policy,
    today,
    errorBudget: budget.facts,
  });
  return {
    ...report,
    notices: [
      ...report.notices.map((n) => (n === UNVERIFIED_NOTICE ? unverifiedNotice(event) : n)),
      ...budget.notices,
    ],
  };
}
