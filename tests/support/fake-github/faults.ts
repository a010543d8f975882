import type { RouteResponse } from "./router.js";

export interface RequestMatch {
  /** Any method when omitted. */
  method?: string;
  /** Tested against the decoded path without `/api/v3` and the query (GraphQL is `/graphql`). */
  path: RegExp;
  /** How many matching requests it affects; every one when omitted. */
  times?: number;
}

export type HttpFault = RequestMatch & {
  status: 401 | 403 | 404 | 409 | 422 | 429 | 500 | 502 | 503;
  body?: unknown;
  headers?: Record<string, string>;
  /** With 403: GitHub's primary rate limit answer (`x-ratelimit-remaining: 0`). */
  rateLimit?: boolean;
};

/** Closes the connection without an answer, as a network failure. */
export type NetworkFault = RequestMatch & { network: true };

export type FaultSpec = HttpFault | NetworkFault;

export interface DelaySpec extends RequestMatch {
  ms: number;
  /** Answers earlier once this settles: hold a request until an event, `ms` guarding a hang. */
  until?: Promise<unknown>;
}

/** A registered fault or delay; `hits` counts the requests it has affected so far. */
export interface Injection<T> {
  readonly spec: T;
  hits: number;
}

export class Injections {
  readonly faults: Injection<FaultSpec>[] = [];
  readonly delays: Injection<DelaySpec>[] = [];

  addFault(spec: FaultSpec): Injection<FaultSpec> {
    const injection = { spec, hits: 0 };
    this.faults.push(injection);
    return injection;
  }

  addDelay(spec: DelaySpec): Injection<DelaySpec> {
    const injection = { spec, hits: 0 };
    this.delays.push(injection);
    return injection;
  }

  clear(): void {
    this.faults.length = 0;
    this.delays.length = 0;
  }

  /** The first matching fault that has uses left, counted as used. */
  takeFault(method: string, path: string): FaultSpec | undefined {
    return take(this.faults, method, path)?.spec;
  }

  takeDelay(method: string, path: string): DelaySpec | undefined {
    return take(this.delays, method, path)?.spec;
  }
}

function take<T extends RequestMatch>(
  list: Injection<T>[],
  method: string,
  path: string,
): Injection<T> | undefined {
  const found = list.find(
    ({ spec, hits }) =>
      (spec.method === undefined || spec.method.toUpperCase() === method) &&
      new RegExp(spec.path.source, spec.path.flags.replace("g", "")).test(path) &&
      hits < (spec.times ?? Infinity),
  );
  if (found) found.hits += 1;
  return found;
}

/** The answer GitHub gives for an HTTP fault. */
export function faultResponse(fault: HttpFault): RouteResponse {
  const headers: Record<string, string> = { ...fault.headers };
  let message =
    fault.status >= 500 ? "Server Error" : fault.status === 404 ? "Not Found" : "Forbidden";
  if (fault.status === 403 && fault.rateLimit) {
    message = "API rate limit exceeded for installation ID 1.";
    Object.assign(headers, {
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-used": "5000",
      "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 1),
      "x-ratelimit-resource": "core",
    });
  }
  if (fault.status === 429) {
    message = "You have exceeded a secondary rate limit.";
    headers["retry-after"] ??= "1";
  }
  return {
    status: fault.status,
    json: fault.body ?? {
      message,
      documentation_url: "https://docs.github.com/rest",
      status: String(fault.status),
    },
    headers,
  };
}
