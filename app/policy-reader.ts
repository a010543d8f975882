import type { LoadedPolicy } from "../core/policy/load-policy.js";
import { DEFAULT_POLICY_PATH } from "../core/policy/policy.js";
import { resolvePolicy, type PolicyLocation } from "../core/policy/resolve-policy.js";
import type { SourceFile } from "../core/source.js";
import { toPortError } from "../github/port-error.js";
import type { OctokitClient } from "../github/octokit-client.js";

/**
 * The policy at a branch or commit of the repository, as Probot apps read their config: the
 * repository's file, else the organisation default in its `.github` repository, with `_extends`
 * followed. An API error throws (a policy that cannot be read never becomes the default).
 */
export function readPolicy(
  octokit: OctokitClient,
  repo: { owner: string; repo: string },
  ref: string,
): Promise<LoadedPolicy> {
  return resolvePolicy(
    (at) => readFile(octokit, at),
    { ...repo, path: DEFAULT_POLICY_PATH, ref },
    { orgFallback: true },
  );
}

/** One file through the contents API (raw): a REST read, so it takes no write slot of the throttle. */
async function readFile(octokit: OctokitClient, at: PolicyLocation): Promise<SourceFile | null> {
  const endpoint = `GET /repos/${at.owner}/${at.repo}/contents/${at.path}${at.ref ? `?ref=${at.ref}` : ""}`;
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: at.owner,
      repo: at.repo,
      path: at.path,
      ...(at.ref !== undefined ? { ref: at.ref } : {}),
      mediaType: { format: "raw" },
    });
    if (typeof data === "string") return { path: at.path, content: data };
    if (data instanceof ArrayBuffer) return { path: at.path, content: new Uint8Array(data) };
    return {
      path: at.path,
      content: "",
      unreadable: "it is a directory or a submodule, not a file",
    };
  } catch (error) {
    const failure = toPortError(error, endpoint);
    if (failure.kind === "not-found") return null;
    throw failure;
  }
}
