import type { Context } from "probot";
import type { Permission } from "../core/port.js";
import { createGitHubPort } from "../github/github-port.js";
import { gateContext, runGateCheck } from "./pull-request/gate-check.js";

const RECHECK = /^[ \t]*\/roadmap-gate[ \t]+recheck[ \t]*$/im;
const MAY_RECHECK: ReadonlySet<Permission> = new Set(["admin", "maintain", "write"]);

/** `/roadmap-gate recheck` on a pull request, by someone with write access, evaluates it again. */
export async function onRecheckComment(context: Context<"issue_comment.created">): Promise<void> {
  const { comment, issue } = context.payload;
  if (!issue.pull_request || comment.user?.type === "Bot" || !RECHECK.test(comment.body)) return;
  const ctx = gateContext(context);
  const login = comment.user?.login ?? "ghost";
  const port = createGitHubPort(ctx.octokit, ctx.repo);
  const permission = await port.permission(login);
  if (!MAY_RECHECK.has(permission)) {
    context.log.info({ login, permission }, "Recheck ignored: the commenter has no write access");
    return;
  }
  const pr = await port.pullRequest(issue.number);
  await runGateCheck(ctx, {
    headSha: pr.headSha,
    pullRequest: async () => pr,
  });
}
