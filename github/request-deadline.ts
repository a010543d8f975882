import type { OctokitClient } from "./octokit-client.js";

/** A GitHub request that has not answered by then fails (ROADMAP_GATE_REQUEST_TIMEOUT_MS). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export function requestTimeoutMs(env: Record<string, string | undefined>): number {
  const value = Number(env.ROADMAP_GATE_REQUEST_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_REQUEST_TIMEOUT_MS;
}

/**
 * The client with a deadline on every request, and, with `signal`, every request cancelled when
 * it aborts (the evaluation ended): a hanging endpoint then fails the check instead of holding it
 * `in_progress`, and nothing of an ended evaluation keeps downloading. Octokit hands
 * `request.signal` to fetch; its retry and throttling plugins see the failure as any other.
 */
export function withDeadline(
  octokit: OctokitClient,
  options: { timeoutMs: number; signal?: AbortSignal },
): OctokitClient {
  const request = () => ({
    signal: options.signal
      ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)])
      : AbortSignal.timeout(options.timeoutMs),
  });
  return {
    // A caller's own request options (redirect, a shorter deadline) are kept beside the deadline.
    request: (route, parameters) => {
      const own = (parameters?.request ?? {}) as { signal?: AbortSignal };
      const deadline = request();
      const signal = own.signal ? AbortSignal.any([own.signal, deadline.signal]) : deadline.signal;
      return octokit.request(route, { ...parameters, request: { ...own, signal } });
    },
    graphql: <T>(query: string, parameters?: Record<string, unknown>) =>
      octokit.graphql<T>(query, { ...parameters, request: request() }),
    // Octokit's paginate drops `request` options, but takes a request method of one's own.
    paginate: (route, parameters) => {
      const signalled = request();
      const base = octokit.request as unknown as ((options: object) => Promise<unknown>) & {
        endpoint: unknown;
      };
      const withSignal = Object.assign(
        (options: object) => base({ ...options, request: signalled }),
        { endpoint: base.endpoint },
      );
      return octokit.paginate(withSignal as unknown as string, {
        ...parameters,
        ...routeOf(route),
      });
    },
  };
}

/** "GET /path" → the method and url that paginate's request method needs beside its parameters. */
function routeOf(route: string): { method: string; url: string } {
  const [method = "GET", url = ""] = route.split(" ");
  return { method, url };
}
