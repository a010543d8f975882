import type { LoadedPolicy } from "../core/load/load-policy.js";
import {
  resolvePolicy,
  type PolicyLocation,
  type PolicyReader,
} from "../core/load/resolve-policy.js";
import type { ActionGitHub } from "./github.js";
import { readWorkspaceFile } from "./workspace.js";

/** The policy in the checked-out workspace (push and other events); `_extends` elsewhere via the API. */
export function readWorkspacePolicy(
  github: ActionGitHub,
  path: string,
  workspace: string,
): Promise<LoadedPolicy> {
  const read: PolicyReader = async (at) => {
    if (!sameRepository(github, at) || at.ref !== undefined) return github.port.readRawFile(at);
    return (await readWorkspaceFile(workspace, at.path)) ?? null;
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
