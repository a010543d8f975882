import type { PrometheusPort } from "../core/error-budget/prometheus-port.js";
import { createHttpPrometheus, DEFAULT_TIMEOUT_MS } from "../prometheus/http-prometheus.js";

/**
 * Prometheus for the error-budget gate, from the App's environment (never from a repository):
 * PROMETHEUS_URL, PROMETHEUS_TOKEN (Bearer), PROMETHEUS_TIMEOUT_SECONDS (default 5).
 * Undefined without a URL; a URL that is not http(s) throws, and the check fails closed saying so.
 */
export function prometheusFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): PrometheusPort | undefined {
  const url = env.PROMETHEUS_URL;
  if (!url) return undefined;
  const seconds = Number(env.PROMETHEUS_TIMEOUT_SECONDS);
  try {
    return createHttpPrometheus({
      url,
      token: env.PROMETHEUS_TOKEN || undefined,
      timeoutMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS,
    });
  } catch (error) {
    throw new Error(`PROMETHEUS_URL: ${(error as Error).message}`, { cause: error });
  }
}
