import type { LoadedPolicy } from "../core/policy/load-policy.js";
import {
  resolvePolicy,
  type PolicyLocation,
  type PolicyReader,
} from "../core/policy/resolve-policy.js";
import type { SourceFile } from "../core/source.js";
import type { ActionGitHub } from "./github.js";
import { readWorkspaceFile } from "./workspace.js";

/**
 * The policy on the pull request's base branch, at the branch's current head (as the App and
 * policy-bot read it: an event's base commit can be older than the branch), read through the
 * API: never from the head or the workspace, so a pull request cannot weaken its own gate.
 * `_extends` within the repository reads on the same branch; other repositories are read where
 * the token can.
 */
export function readBasePolicy(
  github: ActionGitHub,
  path: string,
  baseBranch: string,
): Promise<LoadedPolicy> {
  const ref = `refs/heads/${baseBranch}`;
  const read: PolicyReader = async (at) => {
    if (!sameRepository(github, at)) return github.port.readRawFile(at);
    const files = await github.port.readFiles(at.ref ?? ref, [at.path]);
    const found = toSource(at.path, files.get(at.path) ?? null);
    // GraphQL answers a directory as it answers a missing file; the contents API tells them
    // apart, so a directory is the App's "cannot be read" finding, never the default policy.
    return found ?? github.port.readRawFile({ ...at, ref: at.ref ?? ref });
  };
  return resolvePolicy(
    read,
    { owner: github.owner, repo: github.repo, path, ref },
    {
      orgFallback: false,
    },
  );
}

/** The policy in the checked-out workspace (push and other events); `_extends` elsewhere via the API. */
export function readWorkspacePolicy(
  github: ActionGitHub,
  path: string,
  workspace: string,
): Promise<LoadedPolicy> {
  const read: PolicyReader = async (at) => {
    if (!sameRepository(github, at) || at.ref !== undefined) return github.port.readRawFile(at);
    return (await readWorkspaceFile(workspace, at.path, true)) ?? null;
  };
  return resolvePolicy(
    read,
    { owner: github.owner, repo: github.repo, path },
    {
      orgFallback: false,
    },
  );
}

function sameRepository(github: ActionGitHub, at: PolicyLocation): boolean {
  return (
    at.owner.toLowerCase() === github.owner.toLowerCase() &&
    at.repo.toLowerCase() === github.repo.toLowerCase()
  );
}

function toSource(path: string, remote: { text: string | null } | null): SourceFile | null {
  if (!remote) return null;
  if (remote.text === null) return { path, content: "", unreadable: "binary file, not text" };
  return { path, content: remote.text };
}
