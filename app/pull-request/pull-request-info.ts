import type { PullRequestInfo } from "../../core/pull-request/pull-request.js";
import { toPortError } from "../../github/port-error.js";
import type { PortOctokit } from "../../github/port-octokit.js";

/** The parts of a webhook's or the API's pull request object the gate reads. */
export interface PullRequestPayload {
  number: number;
  body?: string | null;
  user: { login: string } | null;
  labels?: ({ name?: string } | string)[];
  base: { ref: string; sha: string };
  head: { sha: string };
}

export function pullRequestInfo(pr: PullRequestPayload): PullRequestInfo {
  return {
    number: pr.number,
    // A deleted account shows as null; GitHub calls it "ghost".
    author: pr.user?.login ?? "ghost",
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    body: pr.body ?? "",
    labels: (pr.labels ?? []).map((l) => (typeof l === "string" ? l : (l.name ?? ""))),
  };
}

/** The pull request as GitHub has it now: re-requests, rechecks and merge queues carry only its number. */
export async function fetchPullRequest(
  octokit: PortOctokit,
  repo: { owner: string; repo: string },
  number: number,
): Promise<PullRequestInfo> {
  const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}";
  try {
    const { data } = await octokit.request(route, { ...repo, pull_number: number });
    return pullRequestInfo(data as PullRequestPayload);
  } catch (error) {
    throw toPortError(error, `GET /repos/${repo.owner}/${repo.repo}/pulls/${number}`);
  }
}
