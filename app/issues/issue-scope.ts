import type { Context } from "probot";
import { createGitHubPort } from "../../github/github-port.js";
import { requestTimeoutMs, withDeadline } from "../../github/request-deadline.js";
import type { BotLogin } from "../bot-login.js";
import type { IssueScope } from "./issue-checklist.js";

/** The repository an issues or push event happened in, with its installation's client. */
export function issueScope(
  context: Context,
  repository: { html_url: string; default_branch?: string },
  botLogin: BotLogin,
): IssueScope {
  const repo = context.repo();
  // Every request has a deadline, as a check's do (request-deadline.ts).
  const octokit = withDeadline(context.octokit, { timeoutMs: requestTimeoutMs(process.env) });
  return {
    port: createGitHubPort(octokit, repo),
    reader: (limits) => createGitHubPort(octokit, repo, limits),
    repo,
    htmlUrl: repository.html_url,
    defaultBranch: repository.default_branch ?? "main",
    botLogin,
    log: context.log,
    queue: `installation:${(context.payload as { installation?: { id?: number } }).installation?.id ?? "none"}`,
  };
}
