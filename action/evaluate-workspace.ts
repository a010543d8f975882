import { evaluate } from "../core/evaluate.js";
import type { Policy } from "../core/policy/policy.js";
import type { Report } from "../core/report.js";
import { readWorkspaceItems } from "./workspace.js";

export interface WorkspaceRun {
  workspace: string;
  policy: Policy;
  /** The `paths` input; undefined: the policy's. */
  paths?: string[];
  /** Judge only these paths (changed-only on a push); the other items are read for their ids. */
  changed?: readonly string[];
  today: string;
}

/** Push and other events: item files from the checked-out workspace, sign-offs as written. */
export async function evaluateWorkspace(run: WorkspaceRun): Promise<Report> {
  const all = await readWorkspaceItems(run.workspace, run.paths ?? run.policy.paths);
  if (!run.changed) return evaluate({ files: all, policy: run.policy, today: run.today });
  const changed = new Set(run.changed);
  return evaluate({
    files: all.filter((f) => changed.has(f.path)),
    others: all.filter((f) => !changed.has(f.path)),
    policy: run.policy,
    today: run.today,
  });
}
