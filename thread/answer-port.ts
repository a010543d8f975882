import type { PrometheusPort } from "../core/error-budget/prometheus-port.js";
import type { GitHubPort } from "../core/port.js";
import { flatten } from "./flat-error.js";
import type { PortCall, ToWorker } from "./protocol.js";

/** The ports the calling thread holds for a job's worker. */
export interface HeldPorts {
  port?: GitHubPort;
  prometheus?: PrometheusPort;
}

/** Answers a worker's call on one of the calling thread's ports: its value, or its error flattened. */
export async function answerPort(
  ports: HeldPorts,
  id: number,
  call: PortCall,
): Promise<ToWorker<never>> {
  try {
    if (call.port === "prometheus") {
      if (!ports.prometheus) throw new Error("this evaluation has no Prometheus port");
      const value = await ports.prometheus.instantQuery(...call.args);
      return { kind: "port-reply", id, value };
    }
    const port = ports.port;
    if (!port) throw new Error("this evaluation has no GitHub port");
    const method = port[call.method] as (...args: unknown[]) => Promise<unknown>;
    return { kind: "port-reply", id, value: await method.apply(port, call.args) };
  } catch (error) {
    return { kind: "port-error", id, error: flatten(error) };
  }
}
