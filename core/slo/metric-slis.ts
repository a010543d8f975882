import { record } from "../data/read.js";
import { metricsOf } from "./linked-metrics.js";

/** A metric's `sli` mapping, with the metric's kind. */
export interface MetricSli {
  kind: string;
  sli: Record<string, unknown>;
}

/** Read once per item: sli-query-syntax checks the queries, missing-field and invalid-value the form. */
const cache = new WeakMap<object, readonly MetricSli[]>();

/** The `sli` mappings of the item's metrics, in the order written. */
export function slisOf(data: Record<string, unknown>): readonly MetricSli[] {
  const cached = cache.get(data);
  if (cached) return cached;
  const found = metricsOf(data).flatMap(({ kind, metric }) => {
    const sli = record(metric.sli);
    return sli ? [{ kind, sli }] : [];
  });
  cache.set(data, found);
  return found;
}
