import { ownKeys, record, text } from "../rules/read.js";

/** A metric of an item, as the SLO rules read it. */
export interface LinkedMetric {
  kind: string;
  metric: Record<string, unknown>;
  /** `slo:` as written, when it is a non-empty string. */
  slo: string | undefined;
}

/** Read once per item: five rules ask for the same list. */
const cache = new WeakMap<object, readonly LinkedMetric[]>();

/** The item's metrics that are mappings, in the order written. */
export function metricsOf(data: Record<string, unknown>): readonly LinkedMetric[] {
  const cached = cache.get(data);
  if (cached) return cached;
  const found = readMetrics(data);
  cache.set(data, found);
  return found;
}

function readMetrics(data: Record<string, unknown>): LinkedMetric[] {
  const metrics = record(data.metrics);
  return ownKeys(metrics).flatMap((kind) => {
    const metric = record(metrics?.[kind]);
    if (!metric) return [];
    const slo = text(metric.slo);
    return [{ kind, metric, slo: slo !== undefined && slo.trim() !== "" ? slo : undefined }];
  });
}
