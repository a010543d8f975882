import { toPortError } from "../github/port-error.js";
import type { ActionGitHub } from "./github.js";

/** GitHub lists at most this many files of a comparison; past it, the list may be incomplete. */
const COMPARE_FILE_LIMIT = 300;

/**
 * Paths that exist after a push and changed since `before` (compare API), or undefined when the
 * list may be incomplete: then every item is judged, which is never looser.
 */
export async function pushChangedPaths(
  github: ActionGitHub,
  before: string,
  after: string,
): Promise<string[] | undefined> {
  const route = "GET /repos/{owner}/{repo}/compare/{basehead}";
  let files: { filename: string; status: string }[];
  try {
    const { data } = await github.octokit.request(route, {
      owner: github.owner,
      repo: github.repo,
      basehead: `${before}...${after}`,
      per_page: 1,
    });
    files = (data as { files?: { filename: string; status: string }[] }).files ?? [];
  } catch (error) {
    throw toPortError(
      error,
      `GET /repos/${github.owner}/${github.repo}/compare/${before.slice(0, 7)}...${after.slice(0, 7)}`,
    );
  }
  if (files.length >= COMPARE_FILE_LIMIT) return undefined;
  return files.filter((f) => f.status !== "removed").map((f) => f.filename);
}
