import { json, type RouteContext, type RouteResponse } from "./router.js";

/** One page of items, with GitHub's `per_page`/`page` parameters and `Link` header. */
export function paginated<T>(
  ctx: RouteContext,
  items: readonly T[],
  wrap: (page: T[]) => unknown = (page) => page,
): RouteResponse {
  const perPage = clamp(Number(ctx.query.per_page ?? 30) || 30, 1, 100);
  const page = Math.max(1, Number(ctx.query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const links: string[] = [];
  const link = (n: number, rel: string) => {
    const params = new URLSearchParams({
      ...ctx.query,
      per_page: String(perPage),
      page: String(n),
    });
    links.push(`<${ctx.apiBase}${ctx.path}?${params}>; rel="${rel}"`);
  };
  if (page > 1) link(page - 1, "prev");
  if (page < last) link(page + 1, "next");
  if (page < last) link(last, "last");
  if (page > 1) link(1, "first");
  return json(200, wrap(slice), links.length > 0 ? { link: links.join(", ") } : undefined);
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
