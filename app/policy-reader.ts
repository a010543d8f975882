import type { LoadedPolicy } from "../core/policy/load-policy.js";
import { DEFAULT_POLICY_PATH } from "../core/policy/policy.js";
import { resolvePolicy } from "../core/policy/resolve-policy.js";
import type { GitHubPort } from "../core/port.js";

/**
 * The policy at a branch or commit of the repository, as Probot apps read their config: the
 * repository's file, else the organisation default in its `.github` repository, with `_extends`
 * followed. An API error throws (a policy that cannot be read never becomes the default).
 */
export function readPolicy(port: GitHubPort, ref: string): Promise<LoadedPolicy> {
  return resolvePolicy(
    (at) => port.readRawFile(at),
    { owner: port.owner, repo: port.repo, path: DEFAULT_POLICY_PATH, ref },
    { orgFallback: true },
  );
}
