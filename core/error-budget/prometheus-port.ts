/**
 * The only way the engine asks Prometheus, as GitHubPort is the only way it asks GitHub. The
 * surfaces build one over HTTP (prometheus/http-prometheus.ts) from a URL they were given, never
 * from the repository; tests hand in fakes or a real local Prometheus.
 */
export interface PrometheusPort {
  /** Where it asks, for messages (no token, no credentials). */
  readonly origin: string;
  /** How long one query may take, in ms, for messages. */
  readonly timeoutMs: number;
  /** `GET /api/v1/query`: the instant vector. Throws PrometheusError when there is no answer. */
  instantQuery(query: string): Promise<PrometheusSample[]>;
}

/** One series of an instant vector: its labels and its value as Prometheus wrote it ("NaN" too). */
export interface PrometheusSample {
  labels: Record<string, string>;
  value: string;
}

export type PrometheusErrorKind = "timeout" | "unreachable" | "error-answer" | "bad-answer";

/** No answer to a query, with a user-facing reason. Keeps the underlying error as `cause`. */
export class PrometheusError extends Error {
  constructor(
    readonly kind: PrometheusErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "PrometheusError";
  }
}
