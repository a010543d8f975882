import { loadItem } from "../core/load/load-item.js";
import { checkPeople } from "../core/people/check-people.js";
import type { PeopleFacts } from "../core/people/facts.js";
import type { ReadOptions } from "../core/parse/read-options.js";
import type { Policy } from "../core/policy/policy.js";
import { createGitHubPort } from "../github/github-port.js";
import type { OctokitClient } from "../github/octokit-client.js";
import { requestTimeoutMs, withDeadline } from "../github/request-deadline.js";
import { UsageError, type CliIo } from "./cli-io.js";
import { readSource, type Boundary } from "../local/read-source.js";

/** Where the people checks ask: the repository's API, its owner and name, and a token. */
export interface GitHubConnection {
  apiUrl: string;
  owner: string;
  repo: string;
  token: string;
}

/**
 * `--github-url` (the repository's web address: https://github.com/acme/shop, or a GitHub
 * Enterprise Server's) with `--github-token` or GITHUB_TOKEN: the CLI's people checks (SPEC 9.3).
 * Neither: none. A token flag without a URL, or a URL without a token, is a usage error.
 */
export function githubConnection(
  urlFlag: string | undefined,
  tokenFlag: string | undefined,
  io: CliIo,
): GitHubConnection | undefined {
  if (urlFlag === undefined) {
    if (tokenFlag !== undefined)
      throw new UsageError(
        "--github-token needs --github-url, the repository's address (e.g. https://github.com/acme/shop)",
      );
    return undefined;
  }
  const token = tokenFlag ?? (io.env?.GITHUB_TOKEN || undefined);
  if (token === undefined)
    throw new UsageError("--github-url needs a token: --github-token TOKEN, or GITHUB_TOKEN");
  let url: URL;
  try {
    url = new URL(urlFlag);
  } catch {
    throw new UsageError(`--github-url must be a repository's address, not "${urlFlag}"`);
  }
  const [owner, name, ...rest] = url.pathname.split("/").filter((p) => p !== "");
  const repo = name?.replace(/\.git$/, "");
  if ((url.protocol !== "https:" && url.protocol !== "http:") || !owner || !repo || rest.length > 0)
    throw new UsageError(
      `--github-url must be a repository's address like https://github.com/acme/shop, not "${urlFlag}"`,
    );
  // github.com's API has its own host; GitHub Enterprise Server's lives under /api/v3.
  const apiUrl = url.host === "github.com" ? "https://api.github.com" : `${url.origin}/api/v3`;
  return { apiUrl, owner, repo, token };
}

/** The CLI looks up the people of every item it judges. */
export async function cliPeopleFacts(
  connection: GitHubConnection | undefined,
  files: readonly string[],
  boundary: Boundary,
  policy: Policy,
  io: CliIo,
  read?: ReadOptions,
): Promise<{ facts?: PeopleFacts; notices: string[] }> {
  if (policy.live.people === "off") return { notices: [] };
  // Loaded only when asked: most runs have no token, and Octokit costs start-up time.
  const port = connection && (await githubPort(connection, io));
  const items = files.flatMap((path) => {
    const loaded = loadItem(readSource(path, boundary), policy.limits.max_file_bytes, read);
    return loaded.ok ? [{ file: loaded.file, data: loaded.data }] : [];
  });
  return checkPeople(port, items, policy);
}

async function githubPort(connection: GitHubConnection, io: CliIo) {
  // @octokit/core alone: the people lookups are three plain requests, and @actions/github would
  // bring its HTTP client and every REST method into the CLI bundle (1 MB more to install).
  const { Octokit } = await import("@octokit/core");
  const octokit = new Octokit({ auth: connection.token, baseUrl: connection.apiUrl });
  return createGitHubPort(
    withDeadline(octokit as unknown as OctokitClient, {
      timeoutMs: requestTimeoutMs(io.env ?? {}),
    }),
    { owner: connection.owner, repo: connection.repo },
  );
}
