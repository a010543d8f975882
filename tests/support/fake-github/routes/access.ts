import type { Role } from "../records.js";
import { userJson } from "../rest-shapes.js";
import { json, notFound, route } from "../router.js";
import { repoRoute } from "./repo-route.js";

/** The legacy `permission` field folds the finer roles into admin, write and read. */
const LEGACY: Record<Role, string> = {
  admin: "admin",
  maintain: "write",
  write: "write",
  triage: "read",
  read: "read",
  none: "none",
};

export const accessRoutes = [
  // An unknown login answers 404, as GitHub does for a user that does not exist.
  repoRoute("GET", "/collaborators/:login/permission", (ctx, repo) => {
    const login = ctx.params.login ?? "";
    const role = repo.permissions.get(login.toLowerCase());
    if (role === undefined) return notFound();
    return json(200, {
      permission: LEGACY[role],
      role_name: role,
      user: { ...userJson(login), permissions: permissionFlags(role), role_name: role },
    });
  }),
  route("GET", "/orgs/:org/teams/:slug", (ctx) => {
    const team = ctx.state.team(ctx.params.org ?? "", ctx.params.slug ?? "");
    if (!team || team.hidden) return notFound();
    return json(200, {
      id: teamId(team.org, team.slug),
      slug: team.slug,
      name: team.slug,
      url: `${ctx.apiBase}/orgs/${team.org}/teams/${team.slug}`,
      organization: { login: team.org },
    });
  }),
  route("GET", "/orgs/:org/teams/:slug/memberships/:login", (ctx) => {
    const team = ctx.state.team(ctx.params.org ?? "", ctx.params.slug ?? "");
    if (!team || team.hidden) return notFound();
    if (team.forbidden) {
      return json(403, {
        message: "Resource not accessible by integration",
        documentation_url:
          "https://docs.github.com/rest/teams/members#get-team-membership-for-a-user",
        status: "403",
      });
    }
    const login = (ctx.params.login ?? "").toLowerCase();
    const member = team.members.find((m) => m.login.toLowerCase() === login);
    if (!member) return notFound();
    return json(200, {
      url: `${ctx.apiBase}/orgs/${team.org}/teams/${team.slug}/memberships/${member.login}`,
      role: member.role ?? "member",
      state: member.state ?? "active",
    });
  }),
];

function permissionFlags(role: Role) {
  const rank = ["none", "read", "triage", "write", "maintain", "admin"].indexOf(role);
  return {
    pull: rank >= 1,
    triage: rank >= 2,
    push: rank >= 3,
    maintain: rank >= 4,
    admin: rank >= 5,
  };
}

/** A stable number for a team, as GitHub gives every team an id. */
function teamId(org: string, slug: string): number {
  let id = 0;
  for (const c of `${org}/${slug}`.toLowerCase()) id = (id * 31 + c.charCodeAt(0)) % 1_000_000;
  return id + 1;
}
