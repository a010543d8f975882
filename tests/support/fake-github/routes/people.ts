import { userJson } from "../rest-shapes.js";
import { json, route, type RouteResponse } from "../router.js";

/** GitHub's 404 bodies for these endpoints, as api.github.com sends them. */
const NO_USER = {
  message: "Not Found",
  documentation_url: "https://docs.github.com/rest/users/users#get-a-user",
  status: "404",
};
const NOT_A_MEMBER = {
  message: "User does not exist or is not a member of the organization",
  documentation_url:
    "https://docs.github.com/rest/orgs/members#check-organization-membership-for-a-user",
  status: "404",
};
const NO_INTEGRATION_ACCESS = {
  message: "Resource not accessible by integration",
  documentation_url:
    "https://docs.github.com/rest/orgs/members#check-organization-membership-for-a-user",
  status: "403",
};

const noContent = (): RouteResponse => ({ status: 204 });

export const peopleRoutes = [
  route("GET", "/users/:login", (ctx) => {
    const account = ctx.state.people.accounts.get((ctx.params.login ?? "").toLowerCase());
    if (!account) return json(404, NO_USER);
    return json(200, { ...userJson(account.login, "User"), type: account.type, name: null });
  }),
  // 204 member; 404 not a member; 302 to public_members when the requester is not a member.
  route("GET", "/orgs/:org/members/:login", (ctx) => {
    const org = ctx.state.people.org(ctx.params.org ?? "");
    const login = ctx.params.login ?? "";
    if (!org) return json(404, NOT_A_MEMBER);
    if (org.blind === 302)
      return {
        status: 302,
        headers: { location: `${ctx.apiBase}/orgs/${org.login}/public_members/${login}` },
      };
    if (org.blind === 403) return json(403, NO_INTEGRATION_ACCESS);
    if (org.blind === 404) return json(404, NOT_A_MEMBER);
    return org.members.has(login.toLowerCase()) ? noContent() : json(404, NOT_A_MEMBER);
  }),
  route("GET", "/orgs/:org/public_members/:login", (ctx) => {
    const org = ctx.state.people.org(ctx.params.org ?? "");
    const login = (ctx.params.login ?? "").toLowerCase();
    return org?.publicMembers.has(login) ? noContent() : json(404, NO_USER);
  }),
];
