import { PortError, type PortErrorKind } from "../core/port.js";

/** What Octokit's RequestError and GraphqlResponseError carry that the mapping needs. */
interface OctokitFailure {
  status?: number;
  response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
  headers?: Record<string, unknown>;
  errors?: { type?: string; message?: string }[];
  message?: string;
}

/**
 * Turns an Octokit failure into a PortError whose message names the endpoint and the status.
 * The message is built from GitHub's answer, never from the request, so it cannot carry a token.
 */
export function toPortError(error: unknown, endpoint: string): PortError {
  if (error instanceof PortError) return error;
  const failure = (typeof error === "object" && error !== null ? error : {}) as OctokitFailure;
  if (Array.isArray(failure.errors)) return fromGraphqlErrors(failure.errors, endpoint, error);
  const status = failure.response?.status ?? failure.status;
  // Octokit reports a failed fetch as status 500 with no response.
  if (!failure.response || status === undefined) {
    return new PortError(
      "network",
      `GitHub API ${endpoint} could not be reached: ${redact(failure.message)}`,
      {
        cause: error,
      },
    );
  }
  const headers = failure.response.headers ?? {};
  const kind = kindOf(status, headers, failure.response.data);
  const reason = redact(githubMessage(failure.response.data) ?? failure.message);
  return new PortError(
    kind,
    `GitHub API ${endpoint} answered ${status}${reason ? ` (${reason})` : ""}${hint(kind, headers)}`,
    {
      cause: error,
    },
  );
}

function kindOf(status: number, headers: Record<string, unknown>, data: unknown): PortErrorKind {
  if (status === 429) return "rate-limited";
  if (status === 403) {
    const secondary = /secondary rate limit/i.test(githubMessage(data) ?? "");
    return String(headers["x-ratelimit-remaining"]) === "0" ||
      headers["retry-after"] !== undefined ||
      secondary
      ? "rate-limited"
      : "forbidden";
  }
  if (status === 404) return "not-found";
  if (status >= 500) return "server";
  return "other";
}

function hint(kind: PortErrorKind, headers: Record<string, unknown>): string {
  if (kind !== "rate-limited") return "";
  const reset = Number(headers["x-ratelimit-reset"]);
  if (Number.isFinite(reset) && reset > 0)
    return `; the rate limit resets at ${new Date(reset * 1000).toISOString()}`;
  const retryAfter = Number(headers["retry-after"]);
  return Number.isFinite(retryAfter) ? `; retry after ${retryAfter} s` : "";
}

function fromGraphqlErrors(
  errors: { type?: string; message?: string }[],
  endpoint: string,
  cause: unknown,
): PortError {
  const types = new Set(errors.map((e) => e.type));
  const kind: PortErrorKind = types.has("RATE_LIMITED")
    ? "rate-limited"
    : types.has("FORBIDDEN")
      ? "forbidden"
      : types.has("NOT_FOUND")
        ? "not-found"
        : "other";
  const detail = errors
    .map((e) => redact(e.message))
    .filter(Boolean)
    .join("; ");
  return new PortError(kind, `GitHub API ${endpoint} answered with errors: ${detail}`, { cause });
}

function githubMessage(data: unknown): string | undefined {
  if (typeof data === "string") return data.slice(0, 200);
  if (typeof data === "object" && data !== null && "message" in data) return String(data.message);
  return undefined;
}

/** Removes anything shaped like a GitHub token or an Authorization value, in case a proxy echoes one. */
function redact(text: string | undefined): string {
  return (text ?? "")
    .replace(/\b(gh[pousr]_|github_pat_)[A-Za-z0-9_]+/g, "[redacted]")
    .replace(/\b(token|bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, "$1 [redacted]")
    .replace(/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, "[redacted]");
}
