import type { IncomingHttpHeaders } from "node:http";
import type { Actor } from "./records.js";
import type { FakeState } from "./state.js";

export interface RouteContext {
  state: FakeState;
  method: string;
  /** Path as sent (still percent-encoded), without the `/api/v3` prefix or the query string. */
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  headers: IncomingHttpHeaders;
  actor: Actor;
  /** The URL the client used up to the API root (with `/api/v3` for GHES), for Link headers. */
  apiBase: string;
}

export interface RouteResponse {
  status: number;
  json?: unknown;
  raw?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export type RouteHandler = (ctx: RouteContext) => RouteResponse | Promise<RouteResponse>;

export interface Route {
  method: string;
  /** Like `/repos/:owner/:repo/contents/*path`: `:name` is one segment, `*name` the rest. */
  pattern: string;
  handler: RouteHandler;
}

export function route(method: string, pattern: string, handler: RouteHandler): Route {
  return { method, pattern, handler };
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): RouteMatch | undefined {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const params = matchPattern(candidate.pattern, path);
    if (params) return { route: candidate, params };
  }
  return undefined;
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = pattern.replace(
    /[:*](\w+)|[.+?^${}()|[\]\\]/g,
    (token, name: string | undefined) => {
      if (name === undefined) return `\\${token}`;
      names.push(name);
      return token.startsWith("*") ? "(.+)" : "([^/]+)";
    },
  );
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]));
}

export function json(
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): RouteResponse {
  return { status, json: body, ...(headers ? { headers } : {}) };
}

export function notFound(): RouteResponse {
  return json(404, {
    message: "Not Found",
    documentation_url: "https://docs.github.com/rest",
    status: "404",
  });
}

export function unprocessable(message: string): RouteResponse {
  return json(422, {
    message: `Invalid request.\n\n${message}`,
    documentation_url: "https://docs.github.com/rest",
    status: "422",
  });
}

/** A JSON body as an object; anything else as an empty one. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
