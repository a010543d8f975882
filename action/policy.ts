import type { LoadedPolicy } from "../core/policy/load-policy.js";
import {
  resolvePolicy,
  type PolicyLocation,
  type PolicyReader,
} from "../core/policy/resolve-policy.js";
import type { SourceFile } from "../core/source.js";
import { toPortError } from "../github/port-error.js";
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
    if (!sameRepository(github, at)) return readRemote(github, at);
    const files = await github.port.readFiles(at.ref ?? ref, [at.path]);
    return toSource(at.path, files.get(at.path) ?? null);
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
    if (!sameRepository(github, at) || at.ref !== undefined) return readRemote(github, at);
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

/** Another repository's file through the contents API; missing or unreadable by this token → null. */
async function readRemote(github: ActionGitHub, at: PolicyLocation): Promise<SourceFile | null> {
  const route = "GET /repos/{owner}/{repo}/contents/{path}";
  try {
    const { data } = await github.octokit.request(route, {
      owner: at.owner,
      repo: at.repo,
      path: at.path,
      ...(at.ref !== undefined ? { ref: at.ref } : {}),
      mediaType: { format: "raw" },
    });
    const content =
      typeof data === "string"
        ? data
        : data instanceof ArrayBuffer
          ? new Uint8Array(data)
          : undefined;
    if (content === undefined) return null;
    return { path: at.path, content };
  } catch (error) {
    const failure = toPortError(error, `GET /repos/${at.owner}/${at.repo}/contents/${at.path}`);
    // GitHub answers 404 for a private repository the token cannot see.
    if (failure.kind === "not-found") return null;
    throw failure;
  }
}
