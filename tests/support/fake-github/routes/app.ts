import { json, notFound, route, type RouteContext } from "../router.js";
import { userJson } from "../rest-shapes.js";
import { repoRoute } from "./repo-route.js";

const PERMISSIONS = {
  checks: "write",
  contents: "read",
  issues: "write",
  pull_requests: "read",
  members: "read",
  metadata: "read",
};

/** The GitHub App endpoints Probot uses to turn its JWT into installation tokens. JWTs are not verified. */
export const appRoutes = [
  route("GET", "/app", (ctx) =>
    json(200, {
      id: ctx.state.appId,
      slug: ctx.state.appSlug,
      name: ctx.state.appSlug,
      owner: userJson("octo-org", "User"),
      permissions: PERMISSIONS,
      events: [
        "pull_request",
        "pull_request_review",
        "issues",
        "issue_comment",
        "push",
        "check_run",
        "check_suite",
        "merge_group",
      ],
      html_url: `https://github.com/apps/${ctx.state.appSlug}`,
    }),
  ),
  repoRoute("GET", "/installation", (ctx, repo) => json(200, installationJson(ctx, repo.owner))),
  route("GET", "/app/installations/:id", (ctx) =>
    ctx.state.hasInstallation(Number(ctx.params.id))
      ? json(200, installationJson(ctx, "octo-org"))
      : notFound(),
  ),
  route("POST", "/app/installations/:id/access_tokens", (ctx) => {
    if (!ctx.state.hasInstallation(Number(ctx.params.id))) return notFound();
    return json(201, {
      token: ctx.state.issueInstallationToken(),
      expires_at: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      permissions: PERMISSIONS,
      repository_selection: "all",
    });
  }),
];

function installationJson(ctx: RouteContext, account: string) {
  return {
    id: ctx.state.installationId,
    app_id: ctx.state.appId,
    app_slug: ctx.state.appSlug,
    account: userJson(account, "User"),
    target_type: "Organization",
    repository_selection: "all",
    permissions: PERMISSIONS,
    access_tokens_url: `${ctx.apiBase}/app/installations/${ctx.state.installationId}/access_tokens`,
  };
}
