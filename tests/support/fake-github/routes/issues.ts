import { paginated } from "../pagination.js";
import type { FakeComment } from "../records.js";
import type { FakeRepo } from "../repo.js";
import { userJson } from "../rest-shapes.js";
import {
  asRecord,
  json,
  notFound,
  unprocessable,
  type RouteContext,
  type RouteResponse,
} from "../router.js";
import { numberParam, repoRoute } from "./repo-route.js";

const MAX_COMMENT_CHARS = 65_536;

export const issueRoutes = [
  repoRoute("GET", "/issues/:number", (ctx, repo) => issue(ctx, repo, numberParam(ctx, "number"))),
  repoRoute("GET", "/issues/:number/comments", (ctx, repo) => {
    const number = numberParam(ctx, "number");
    if (!repo.hasIssueOrPull(number)) return notFound();
    return paginated(
      ctx,
      repo.comments(number).map((c) => commentJson(ctx, repo, c)),
    );
  }),
  repoRoute("POST", "/issues/:number/comments", (ctx, repo) => {
    const number = numberParam(ctx, "number");
    if (!repo.hasIssueOrPull(number)) return notFound();
    const body = asRecord(ctx.body).body;
    const invalid = bodyProblem(body);
    if (invalid) return invalid;
    const comment = repo.addComment(number, {
      login: ctx.actor.login,
      type: ctx.actor.type,
      body: String(body),
    });
    return json(201, commentJson(ctx, repo, comment));
  }),
  repoRoute("GET", "/issues/comments/:id", (ctx, repo) => {
    const comment = repo.allComments.find((c) => c.id === numberParam(ctx, "id"));
    return comment ? json(200, commentJson(ctx, repo, comment)) : notFound();
  }),
  repoRoute("PATCH", "/issues/comments/:id", (ctx, repo) => {
    const comment = repo.allComments.find((c) => c.id === numberParam(ctx, "id"));
    if (!comment) return notFound();
    const body = asRecord(ctx.body).body;
    const invalid = bodyProblem(body);
    if (invalid) return invalid;
    comment.body = String(body);
    comment.updatedAt = ctx.state.now();
    return json(200, commentJson(ctx, repo, comment));
  }),
  repoRoute("DELETE", "/issues/comments/:id", (ctx, repo) =>
    repo.deleteComment(numberParam(ctx, "id")) ? { status: 204 } : notFound(),
  ),
];

function bodyProblem(body: unknown): RouteResponse | undefined {
  if (typeof body !== "string") return unprocessable("body is missing");
  if (body.length > MAX_COMMENT_CHARS)
    return unprocessable(`body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`);
  return undefined;
}

function issue(ctx: RouteContext, repo: FakeRepo, number: number): RouteResponse {
  const url = `${ctx.apiBase}/repos/${repo.fullName}/issues/${number}`;
  const common = {
    id: 700_000 + number,
    node_id: Buffer.from(`05:Issue${number}`).toString("base64"),
    number,
    url,
    html_url: `https://github.com/${repo.fullName}/issues/${number}`,
    comments: repo.comments(number).length,
    locked: false,
  };
  const found = repo.issues.get(number);
  if (found) {
    return json(200, {
      ...common,
      title: found.title,
      body: found.body,
      state: found.state,
      user: userJson(found.author),
      labels: found.labels.map(labelJson),
    });
  }
  const pull = repo.pullRequests.get(number);
  if (!pull) return notFound();
  return json(200, {
    ...common,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    user: userJson(pull.author, pull.authorType),
    labels: pull.labels.map(labelJson),
    draft: pull.draft,
    pull_request: { url: `${ctx.apiBase}/repos/${repo.fullName}/pulls/${number}` },
  });
}

function labelJson(name: string, index: number) {
  return { id: index + 1, name, color: "ededed", default: false, description: null };
}

function commentJson(ctx: RouteContext, repo: FakeRepo, comment: FakeComment) {
  return {
    id: comment.id,
    node_id: Buffer.from(`012:IssueComment${comment.id}`).toString("base64"),
    body: comment.body,
    user: userJson(comment.user.login, comment.user.type),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    url: `${ctx.apiBase}/repos/${repo.fullName}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${repo.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${ctx.apiBase}/repos/${repo.fullName}/issues/${comment.issueNumber}`,
    author_association: comment.user.type === "Bot" ? "NONE" : "COLLABORATOR",
  };
}
