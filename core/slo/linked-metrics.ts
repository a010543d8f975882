import { ownKeys, record, text } from "../data/read.js";
import { resolveSlo, type SloIndex, type SloResolution } from "./slo-index.js";

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

/** A metric's `slo:` resolved against the run's SLO index. */
export interface ResolvedLink extends LinkedMetric {
  slo: string;
  resolution: SloResolution;
}

const resolvedCache = new WeakMap<SloIndex, WeakMap<object, readonly ResolvedLink[]>>();

/** The item's metrics that link an SLO, each resolved once for the rules that ask. */
export function resolvedLinks(
  data: Record<string, unknown>,
  index: SloIndex,
): readonly ResolvedLink[] {
  let byItem = resolvedCache.get(index);
  if (!byItem) {
    byItem = new WeakMap();
    resolvedCache.set(index, byItem);
  }
  const cached = byItem.get(data);
  if (cached) return cached;
  const links: ResolvedLink[] = [];
  for (const m of metricsOf(data))
    if (m.slo !== undefined) links.push({ ...m, slo: m.slo, resolution: resolveSlo(index, m.slo) });
  byItem.set(data, links);
  return links;
}
