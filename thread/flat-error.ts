import { PrometheusError } from "../core/error-budget/prometheus-port.js";
import { PortError } from "../core/port.js";
import type { FlatError } from "./protocol.js";

/**
 * Errors cross threads as plain data (structured clone keeps neither class nor `kind`): flattened
 * on one side and rebuilt as their port's class on the other, so that callers still tell GitHub's
 * and Prometheus's errors apart.
 */
export function flatten(error: unknown): FlatError {
  if (error instanceof PortError)
    return { source: "github", kind: error.kind, message: error.message };
  if (error instanceof PrometheusError)
    return { source: "prometheus", kind: error.kind, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The error as its port threw it. */
export function revive(error: FlatError): Error {
  if (error.source === "prometheus") return new PrometheusError(error.kind, error.message);
  if (error.source === "github" && error.kind) return new PortError(error.kind, error.message);
  return new Error(error.message);
}
