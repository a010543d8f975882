import type { LoadedPolicy } from "../load/load-policy.js";
import { resolvePolicy, type ResolveOptions } from "../load/resolve-policy.js";
import type { GitHubPort } from "../port.js";

/**
 * The policy at a branch or commit of the repository, read through the contents API (a directory
 * there is "cannot be read", never the default policy), with `_extends` followed: within the
 * repository at the same ref, elsewhere where the token can read. With `orgFallback`, a repository
 * without the file takes its organisation's `.github` one (Probot's rule, the App's). An API error
 * throws: a policy that cannot be read never becomes the default.
 */
export function readGatePolicy(
  port: GitHubPort,
  at: { path: string; ref: string },
  options: ResolveOptions,
): Promise<LoadedPolicy> {
  const same = (owner: string, repo: string) =>
    owner.toLowerCase() === port.owner.toLowerCase() &&
    repo.toLowerCase() === port.repo.toLowerCase();
  return resolvePolicy(
    (file) =>
      port.readRawFile(
        file.ref === undefined && same(file.owner, file.repo) ? { ...file, ref: at.ref } : file,
      ),
    { owner: port.owner, repo: port.repo, path: at.path, ref: at.ref },
    options,
  );
}
