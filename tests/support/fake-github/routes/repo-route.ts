import type { FakeRepo } from "../repo.js";
import { notFound, route, type Route, type RouteContext, type RouteResponse } from "../router.js";

/** A route under `/repos/:owner/:repo` that answers 404 for an unknown repository. */
export function repoRoute(
  method: string,
  pattern: string,
  handler: (ctx: RouteContext, repo: FakeRepo) => RouteResponse | Promise<RouteResponse>,
): Route {
  return route(method, `/repos/:owner/:repo${pattern}`, (ctx) => {
    const repo = ctx.state.repo(ctx.params.owner ?? "", ctx.params.repo ?? "");
    return repo ? handler(ctx, repo) : notFound();
  });
}

/** The numeric path parameter `name`, or NaN. */
export function numberParam(ctx: RouteContext, name: string): number {
  const value = ctx.params[name] ?? "";
  return /^\d+$/.test(value) ? Number(value) : NaN;
}
