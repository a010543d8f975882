import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import type { ReadLimits } from "../core/gate/read-limits.js";
import type { GitHubPort } from "../core/port.js";
import { GITHUB_TIMINGS, type ClientTimings } from "../github/client-timings.js";
import { createGitHubPort } from "../github/github-port.js";
import type { OctokitClient } from "../github/octokit-client.js";
import { DEFAULT_REQUEST_TIMEOUT_MS, withDeadline } from "../github/request-deadline.js";

/** The one GitHub object the Action passes down (release-drafter's pattern): nothing below reads the environment. */
export interface ActionGitHub {
  owner: string;
  repo: string;
  /** Every GitHub request of the Action goes through the port. */
  port: GitHubPort;
  /** A port for one evaluation's file reads: sizes before contents, within `limits`. */
  reader(limits: ReadLimits): GitHubPort;
}

/**
 * An Octokit on GITHUB_API_URL (GitHub Enterprise Server too) that retries 5xx and 429 answers
 * twice (after 1 s, then 4 s; `timings` scales that for tests) before the port reports the
 * failure and the step fails closed.
 */
export function connect(
  token: string,
  repository: string,
  timings: ClientTimings = GITHUB_TIMINGS,
  requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
): ActionGitHub {
  const [owner, repo] = repository.split("/");
  if (!owner || !repo)
    throw new Error(`GITHUB_REPOSITORY must be "owner/name", not "${repository}".`);
  if (!token)
    throw new Error("Input token is empty: pass a token, e.g. token: ${{ github.token }}.");
  const octokit = getOctokit(
    token,
    { retry: { retries: 2, retryAfterBaseValue: timings.retryBaseMs } },
    retry,
  ) as unknown as OctokitClient;
  // Every request has a deadline: a hanging endpoint fails the step instead of holding it.
  const client = withDeadline(octokit, { timeoutMs: requestTimeoutMs });
  return {
    owner,
    repo,
    port: createGitHubPort(client, { owner, repo }),
    reader: (limits) => createGitHubPort(client, { owner, repo }, limits),
  };
}
