import {
  PrometheusError,
  type PrometheusPort,
  type PrometheusSample,
} from "../core/error-budget/prometheus-port.js";

/** SPEC section 8: each query gets 5 s. */
export const DEFAULT_TIMEOUT_MS = 5000;
/** All queries of one evaluation together: 5,000 slow SLOs end here, not hours later. */
export const DEFAULT_TOTAL_MS = 60_000;
/** An instant vector of one series is a few hundred bytes; more than this is not an answer. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/** Where Prometheus is, as a surface was told it (never from the repository). */
export interface PrometheusConnection {
  url: string;
  /** Sent as `Authorization: Bearer …`; never written anywhere. */
  token?: string;
  /** Per query, in ms; tests set it small. */
  timeoutMs?: number;
  /**
   * All queries of the port together, in ms from its first query (one port per evaluation):
   * past it, queries in flight are stopped and the rest are not sent. Tests set it small.
   */
  totalMs?: number;
}

/**
 * The URL a surface was given, checked: http or https, nothing else. Throws a message to show,
 * which never repeats the text: it may hold credentials (`https://user:token@host`).
 */
export function parsePrometheusUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error("The Prometheus URL is not a URL (give it as https://host[:port][/path])");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`The Prometheus URL must be http:// or https://, not ${url.protocol}//`);
  return url;
}

/** The secret parts of a Prometheus URL (its user name and password, as written and decoded), for masking. */
export function prometheusUrlSecrets(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return [text];
  }
  const parts = [url.username, url.password].filter((p) => p !== "");
  return [...new Set([...parts, ...parts.map(decoded)])];
}

/** The engine's Prometheus port over its HTTP API (`GET /api/v1/query`), with fetch. */
export function createHttpPrometheus(connection: PrometheusConnection): PrometheusPort {
  const base = parsePrometheusUrl(connection.url);
  const timeoutMs = connection.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const totalMs = connection.totalMs ?? DEFAULT_TOTAL_MS;
  let deadline: AbortSignal | undefined;
  const headers: Record<string, string> = { Accept: "application/json" };
  // fetch refuses a URL with credentials (and its error repeats the URL): they become a header.
  if (connection.token) headers.Authorization = `Bearer ${connection.token}`;
  else if (base.username || base.password)
    headers.Authorization = `Basic ${Buffer.from(`${decoded(base.username)}:${decoded(base.password)}`).toString("base64")}`;
  base.username = "";
  base.password = "";
  // Said in messages: no credentials, no query string.
  const origin = `${base.protocol}//${base.host}${base.pathname.replace(/\/+$/, "")}`;
  const endpoint = new URL("api/v1/query", base.href.endsWith("/") ? base.href : `${base.href}/`);
  endpoint.search = "";

  return {
    origin,
    timeoutMs,
    async instantQuery(query) {
      deadline ??= AbortSignal.timeout(totalMs);
      if (deadline.aborted)
        throw new PrometheusError(
          "timeout",
          `Prometheus at ${origin} was not asked: the evaluation's ${seconds(totalMs)} for Prometheus had passed`,
        );
      const url = new URL(endpoint);
      url.searchParams.set("query", query);
      const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), deadline]);
      let status: number;
      let body: string;
      try {
        // A redirect could carry the token to another host: Prometheus's API never redirects.
        const response = await fetch(url, { headers, redirect: "error", signal });
        status = response.status;
        body = await readCapped(response, signal, origin);
      } catch (error) {
        if (error instanceof PrometheusError) throw error;
        if (deadline.aborted)
          throw new PrometheusError(
            "timeout",
            `Prometheus at ${origin} did not answer before the evaluation's ${seconds(totalMs)} for Prometheus ran out`,
            { cause: error },
          );
        throw noAnswer(error, origin, timeoutMs);
      }
      return parseAnswer(status, body, origin);
    },
  };
}

/**
 * The body, read until MAX_ANSWER_BYTES or the signal: `response.text()` keeps reading an endless
 * answer after the timeout (24 GB in five minutes), so the stream itself is cancelled.
 */
async function readCapped(
  response: Response,
  signal: AbortSignal,
  origin: string,
): Promise<string> {
  const tooLarge = () =>
    new PrometheusError(
      "bad-answer",
      `Prometheus at ${origin} answered more than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB, far more than an instant vector needs`,
    );
  if (Number(response.headers.get("content-length")) > MAX_ANSWER_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const stop = () => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener("abort", stop, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_ANSWER_BYTES) {
        stop();
        throw tooLarge();
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    signal.removeEventListener("abort", stop);
  }
}
/** Causes of a failed fetch that say nothing but what happened. */
const KNOWN_CAUSES = new Set(["unexpected redirect"]);

function noAnswer(error: unknown, origin: string, timeoutMs: number): PrometheusError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError")
    return new PrometheusError(
      "timeout",
      `Prometheus at ${origin} did not answer within ${seconds(timeoutMs)}`,
      { cause: error },
    );
  // Only an error code (ECONNREFUSED, ENOTFOUND…) or a known cause: fetch's messages can repeat
  // the URL, credentials included.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === "string" && /^[A-Z][A-Z0-9_]*$/.test(cause.code);
  const known = typeof cause?.message === "string" && KNOWN_CAUSES.has(cause.message);
  const why = code ? cause!.code : known ? cause!.message : "network error";
  return new PrometheusError(
    "unreachable",
    `Prometheus at ${origin} could not be reached (${why})`,
    { cause: error },
  );
}

interface ApiAnswer {
  status?: unknown;
  errorType?: unknown;
  error?: unknown;
  data?: { resultType?: unknown; result?: unknown };
}

function parseAnswer(status: number, body: string, origin: string): PrometheusSample[] {
  let answer: ApiAnswer;
  try {
    answer = JSON.parse(body) as ApiAnswer;
  } catch (error) {
    throw new PrometheusError(
      status >= 200 && status < 300 ? "bad-answer" : "error-answer",
      `Prometheus at ${origin} answered HTTP ${status} with something that is not its API's JSON`,
      { cause: error },
    );
  }
  if (answer?.status !== "success") {
    const what = [answer?.errorType, answer?.error].filter((x) => typeof x === "string").join(": ");
    throw new PrometheusError(
      "error-answer",
      `Prometheus at ${origin} answered HTTP ${status} with an error${what ? `: ${what}` : ""}`,
    );
  }
  const { resultType, result } = answer.data ?? {};
  if (resultType === "scalar" && Array.isArray(result))
    return [{ labels: {}, value: sampleValue(result[1]) }];
  if (resultType !== "vector" || !Array.isArray(result))
    throw new PrometheusError(
      "bad-answer",
      `Prometheus at ${origin} answered a ${String(resultType)}, not an instant vector`,
    );
  return result.map((entry: { metric?: Record<string, string>; value?: unknown[] }) => ({
    labels: entry.metric ?? {},
    value: sampleValue(entry.value?.[1]),
  }));
}

/** Prometheus writes a value as a string; anything else is shown as JSON (`[]`, not ""). */
function sampleValue(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? "nothing");
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
