import type { Finding } from "../findings/finding.js";
import type { Policy } from "../policy/policy.js";
import type { GitHubPort } from "../port.js";
import type { Report } from "../report.js";
import type { PullRequestInfo } from "./pull-request.js";

export interface PullRequestRun {
  port: GitHubPort;
  pr: PullRequestInfo;
  /** The base branch's policy, loaded (and `_extends`-merged) by the surface. */
  policy: Policy;
  /** Where the policy file lives (default .github/roadmap-gate.yml): a PR that changes it is previewed. */
  policyPath: string;
  /** UTC "YYYY-MM-DD". */
  today: string;
  /** true: judge only the item files the PR adds or changes (ids still checked against all items). */
  changedOnly: boolean;
  /** Verify sign-offs (and waivers' approved_by) of changed items against the PR's reviews. */
  verify: boolean;
  /** Judge the items the PR links (`Roadmap: ID` lines, `Closes #N`); they must be gate-ready. App: true. */
  followLinks: boolean;
  /** Overrides policy.paths (the Action's `paths` input). */
  paths?: string[];
}

export interface PolicyChange {
  /** The new policy's own findings (an invalid new policy is an error of this PR). */
  findings: Finding[];
  /** Items at the head that would fail under the new policy (ids or paths). */
  wouldFail: { file: string; id?: string; errors: number }[];
}

export interface PullRequestResult {
  /** Findings of judged items plus PR-level findings (links); PR-level findings have file "". */
  report: Report;
  /** Item paths the PR adds or changes. */
  changedItems: string[];
  /** Item ids the PR links, and issue numbers it closes. */
  links: { ids: string[]; issues: number[] };
  /** Present when the PR changes the policy file. */
  policyChange?: PolicyChange;
}

/**
 * Everything a pull request evaluation needs, shared by the Action and the App: reads through the
 * port (batched), judges, verifies sign-offs. Throws PortError on API failure (callers fail closed).
 */
export async function evaluatePullRequest(run: PullRequestRun): Promise<PullRequestResult> {
  void run;
  throw new Error("evaluatePullRequest: being written");
}
