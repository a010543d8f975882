import type { Context } from "probot";
import { createGitHubPort } from "../../github/github-port.js";
import { requestTimeoutMs, withDeadline } from "../../github/request-deadline.js";
import type { BotLogin } from "../bot-login.js";
import { peopleCache } from "../people-cache.js";
import type { IssueScope } from "./issue-checklist.js";

/** The repository an issues or push event happened in, with its installation's client. */
export function issueScope(
  context: Context,
  repository: { html_url: string; default_branch?: string },
  botLogin: BotLogin,
): IssueScope {
  const repo = context.repo();
  const installation = (context.payload as { installation?: { id?: number } }).installation?.id;
  const ownerType = (repository as { owner?: { type?: string } }).owner?.type;
  // Every request has a deadline, as a check's do (request-deadline.ts); people lookups come
  // from the installation's cache when asked in the last 10 minutes.
  const octokit = withDeadline(context.octokit, { timeoutMs: requestTimeoutMs(process.env) });
  return {
    port: peopleCache.wrap(createGitHubPort(octokit, repo), installation),
    reader: (limits) => peopleCache.wrap(createGitHubPort(octokit, repo, limits), installation),
    ownerIsOrg: ownerType === undefined ? undefined : ownerType === "Organization",
    repo,
    htmlUrl: repository.html_url,
    defaultBranch: repository.default_branch ?? "main",
    botLogin,
    log: context.log,
    queue: `installation:${installation ?? "none"}`,
  };
}
