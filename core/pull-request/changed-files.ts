import { PortError, type ChangedFile, type GitHubPort, type TreeEntry } from "../port.js";
import type { PullRequestInfo } from "./pull-request.js";

/** GitHub lists at most this many files of a pull request, and says nothing when it stops there. */
export const PULL_REQUEST_FILE_LIMIT = 3000;

export interface PullRequestChanges {
  files: ChangedFile[];
  /** Set when GitHub's list may be cut and the files came from comparing trees: why, for the report. */
  comparedTrees?: string;
}

/**
 * The files a pull request changes. GitHub's list when it is complete; when it may be cut (it
 * reaches 3,000, or differs from the pull request's `changed_files`), the merge base's tree
 * compared with the head's, path by path. A tree that GitHub truncates too throws: the check
 * fails closed rather than judge too little.
 */
export async function pullRequestChanges(
  port: GitHubPort,
  pr: PullRequestInfo,
  listed: ChangedFile[],
  headTree: readonly TreeEntry[],
): Promise<PullRequestChanges> {
  const complete =
    listed.length < PULL_REQUEST_FILE_LIMIT &&
    (pr.changedFiles === undefined || listed.length === pr.changedFiles);
  if (complete) return { files: listed };
  const why =
    `GitHub listed ${listed.length} changed files of pull request #${pr.number}` +
    (pr.changedFiles === undefined ? "" : ` and counts ${pr.changedFiles}`) +
    ` (it lists at most ${PULL_REQUEST_FILE_LIMIT}), so the changed files were found by comparing the base and head trees`;
  try {
    const base = await port.mergeBase(pr.baseSha, pr.headSha);
    return { files: diffTrees(await port.tree(base), headTree), comparedTrees: why };
  } catch (error) {
    if (!(error instanceof PortError)) throw error;
    throw new PortError(error.kind, `${why}, and that failed: ${error.message}`, { cause: error });
  }
}

/**
 * What differs between two trees: a path added, removed, or whose object or kind changed. A
 * rename shows as a removal and an addition, which judges the new path all the same. Linear.
 */
export function diffTrees(base: readonly TreeEntry[], head: readonly TreeEntry[]): ChangedFile[] {
  const before = new Map(base.map((e) => [e.path, e]));
  const changed: ChangedFile[] = [];
  for (const entry of head) {
    const old = before.get(entry.path);
    before.delete(entry.path);
    if (!old) changed.push({ path: entry.path, status: "added" });
    else if (old.sha !== entry.sha || old.kind !== entry.kind)
      changed.push({ path: entry.path, status: "modified" });
  }
  for (const path of before.keys()) changed.push({ path, status: "removed" });
  return changed;
}
