import { stringify } from "yaml";
import type { Policy } from "../policy/policy.js";
import { record, text } from "../data/read.js";
import { metricsOf } from "./linked-metrics.js";
import { number, OPENSLO_OP, promiseOf } from "./objective.js";
import { checkPromql } from "./promql.js";
import { hasSlothWindow, withSlothWindow } from "./sloth-window.js";

export type ExportFormat = "openslo" | "sloth";

/** An item as the export reads it: its file and parsed data. */
export interface ExportItem {
  file: string;
  data: Record<string, unknown>;
}

export interface ExportedSlos {
  /**
   * One YAML stream: a document per SLO (OpenSLO) or per service (Sloth), each made as it is
   * asked for, so a large export is written in pieces and is never one string in memory.
   */
  documents: Iterable<string>;
  count: number;
  /** Metrics with an `sli` that were left out, and why: for the user, on stderr. */
  remarks: string[];
  /** Metrics that would be exported under the same name: an error, and nothing is written. */
  collisions: string[];
}

/** A metric with an `sli`, read into what both formats need. */
interface ExportMetric {
  itemId: string;
  title: string;
  kind: string;
  objective: string;
  window: string;
  name: string;
  /** The name before it was made a DNS label (`slo:`'s name, or ID-KIND). */
  written: string;
  service: string;
  target: number; // 0..100
  threshold?: { value: number; op: "lt" | "lte" };
  source: string;
  query?: string;
  total?: string;
  good?: string;
  bad?: string;
}

/**
 * SLOs for the metrics of gated items that have an `sli` (SPEC section 7): OpenSLO v1 that
 * OpenSLO's go-sdk validation accepts, or Sloth prometheus/v1 specs, one per service.
 */
export function exportSlos(
  items: Iterable<ExportItem>,
  policy: Policy,
  format: ExportFormat,
): ExportedSlos {
  const remarks: string[] = [];
  // Items are read one at a time (an iterable): only what each metric exports is kept.
  const metrics: ExportMetric[] = [];
  for (const item of items) metrics.push(...exportMetrics(item, policy, remarks));
  if (format === "openslo") {
    const collisions = collisionsOf(metrics, (m) => m.name);
    return {
      documents: yamlStream(metrics, openSloDocument),
      count: metrics.length,
      remarks,
      collisions,
    };
  }
  const byService = slothServices(metrics, policy, remarks);
  const kept = [...byService.values()].flat();
  const collisions = collisionsOf(kept, (m) => `${m.service}/${m.name}`);
  const documents = yamlStream([...byService], ([service, slos]) => slothDocument(service, slos));
  return { documents, count: kept.length, remarks, collisions };
}

/** Each document as YAML, `---` between them, made one at a time. */
function* yamlStream<T>(
  values: readonly T[],
  document: (value: T) => Record<string, unknown>,
): Generator<string> {
  for (let i = 0; i < values.length; i++)
    yield (i > 0 ? "---\n" : "") + stringify(document(values[i]!), { lineWidth: 0 });
}

/**
 * Metrics whose exported names are the same (`Api.Errors` and `api_errors` are both `api-errors`;
 * names cut at 63 characters): the second would replace the first in any tool that reads them.
 */
function collisionsOf(
  metrics: readonly ExportMetric[],
  key: (m: ExportMetric) => string,
): string[] {
  const first = new Map<string, ExportMetric>();
  const out: string[] = [];
  for (const m of metrics) {
    const k = key(m);
    const earlier = first.get(k);
    if (!earlier) {
      first.set(k, m);
      continue;
    }
    out.push(
      `${earlier.itemId} metrics.${earlier.kind} (${JSON.stringify(earlier.written)}) and ${m.itemId} metrics.${m.kind} (${JSON.stringify(m.written)}) would both be exported as SLO ${k}; give them slo: names that stay distinct as DNS labels (lower case, a-z 0-9 -, at most 63 characters)`,
    );
  }
  return out;
}

function exportMetrics(item: ExportItem, policy: Policy, remarks: string[]): ExportMetric[] {
  const id = text(item.data.id);
  const status = text(item.data.status);
  if (id === undefined || status === undefined || !policy.gate.statuses.includes(status)) return [];
  const out: ExportMetric[] = [];
  for (const { kind, metric, slo } of metricsOf(item.data)) {
    const sli = record(metric.sli);
    if (!sli) continue;
    const where = `${id} metrics.${kind}`;
    const skip = (why: string) => remarks.push(`${where} is not exported: ${why}`);
    const objective = text(metric.objective);
    const window = text(metric.window);
    const source = text(sli.type);
    if (objective === undefined || window === undefined || source === undefined) {
      skip("it needs an objective, a window and sli.type");
      continue;
    }
    const promise = promiseOf(kind, objective);
    if (!promise) {
      skip(`no SLO format states "${objective}" (a percentage or pNN <= TIME)`);
      continue;
    }
    if (promise.targetPercent <= 0 || promise.targetPercent >= 100) {
      skip(`a ${number(promise.targetPercent)}% target is outside what OpenSLO takes, [0, 100)`);
      continue;
    }
    const queries = {
      query: text(sli.query),
      total: text(sli.total),
      good: text(sli.good),
      bad: text(sli.bad),
    };
    const ratio =
      queries.total !== undefined && (queries.good !== undefined) !== (queries.bad !== undefined);
    if (!(queries.query !== undefined && queries.total === undefined) && !ratio) {
      skip("its sli is neither a ratio (total with good or bad) nor a threshold (query)");
      continue;
    }
    if (queries.query !== undefined && !promise.threshold) {
      skip(`a threshold sli (query) needs an objective with a bound, "pNN <= TIME"`);
      continue;
    }
    if (
      source === "prometheus" &&
      Object.values(queries).some((q) => q !== undefined && !checkPromql(q).ok)
    ) {
      skip("a query is not valid PromQL (see sli-query-syntax)");
      continue;
    }
    const [qualifiedService, bare] = slo?.includes("/") ? splitOnce(slo) : [undefined, slo];
    const written = bare ?? `${id}-${kind}`;
    out.push({
      itemId: id,
      title: text(item.data.title) ?? id,
      kind,
      objective,
      window,
      name: rfc1123(written),
      written,
      service: rfc1123(qualifiedService ?? (policy.slo.service || id)),
      target: promise.targetPercent,
      ...(promise.threshold
        ? {
            threshold: {
              value: promise.threshold.value,
              op: OPENSLO_OP[promise.op] as "lt" | "lte",
            },
          }
        : {}),
      source,
      ...Object.fromEntries(Object.entries(queries).filter(([, q]) => q !== undefined)),
    });
  }
  return out;
}

function openSloDocument(m: ExportMetric): Record<string, unknown> {
  // Sloth's {{.window}} is no PromQL to other OpenSLO consumers: the metric's window stands in.
  const metricSource = (query: string) => ({
    metricSource: { type: m.source, spec: { query: withSlothWindow(query, m.window) } },
  });
  const sliSpec =
    m.query !== undefined
      ? { thresholdMetric: metricSource(m.query) }
      : {
          ratioMetric: {
            ...(m.good !== undefined ? { good: metricSource(m.good) } : {}),
            ...(m.bad !== undefined ? { bad: metricSource(m.bad) } : {}),
            total: metricSource(m.total!),
          },
        };
  const objective: Record<string, unknown> = {
    displayName: `${m.kind} ${m.objective}`,
    ...(m.query !== undefined && m.threshold
      ? { op: m.threshold.op, value: m.threshold.value }
      : {}),
    target: Number((m.target / 100).toFixed(12)),
  };
  return {
    apiVersion: "openslo/v1",
    kind: "SLO",
    metadata: {
      name: m.name,
      // go-sdk's v1 label keys allow no `/`; annotation keys take the prefixed form.
      annotations: { "roadmap-gate/item": m.itemId },
    },
    spec: {
      description: `${m.title} (${m.itemId} ${m.kind})`.slice(0, 1050),
      service: m.service,
      indicator: { metadata: { name: rfc1123(`${m.name}-sli`) }, spec: sliSpec },
      timeWindow: [{ duration: m.window, isRolling: true }],
      budgetingMethod: "Occurrences",
      objectives: [objective],
    },
  };
}

/** The metrics Sloth can take, by service. */
function slothServices(
  metrics: readonly ExportMetric[],
  policy: Policy,
  remarks: string[],
): Map<string, ExportMetric[]> {
  const byService = new Map<string, ExportMetric[]>();
  for (const m of metrics) {
    const where = `${m.itemId} metrics.${m.kind}`;
    if (m.query !== undefined) {
      remarks.push(
        `${where} is not exported to Sloth: Sloth takes event ratios, not a threshold query`,
      );
      continue;
    }
    if (m.source !== "prometheus") {
      remarks.push(`${where} is not exported to Sloth: Sloth reads Prometheus, not ${m.source}`);
      continue;
    }
    const unwindowed = (["total", "good", "bad"] as const).find(
      (key) => m[key] !== undefined && !hasSlothWindow(m[key]),
    );
    if (unwindowed !== undefined) {
      remarks.push(
        `${where} is not exported to Sloth: its sli.${unwindowed} has no {{.window}}, which Sloth's validation requires in every event query; write the range as [{{.window}}], e.g. rate(x[{{.window}}])`,
      );
      continue;
    }
    if (m.window !== policy.slo.sloth_period)
      remarks.push(
        `${where}: its ${m.window} window is not slo.sloth_period (${policy.slo.sloth_period}); Sloth specs carry no window, so run Sloth with --default-slo-period ${m.window} or align them`,
      );
    const slos = byService.get(m.service) ?? [];
    byService.set(m.service, slos);
    slos.push(m);
  }
  return byService;
}

function slothDocument(service: string, metrics: readonly ExportMetric[]): Record<string, unknown> {
  return {
    version: "prometheus/v1",
    service,
    slos: metrics.map((m) => ({
      name: m.name,
      objective: Number(m.target.toFixed(9)),
      description: `${m.title} (${m.itemId} ${m.kind} ${m.objective})`,
      sli: {
        events: {
          error_query: m.bad ?? `(${m.total}) - (${m.good})`,
          total_query: m.total,
        },
      },
      alerting: { name: alertName(m.name) },
    })),
  };
}

/** Lower case, `-` for anything else, at most 63 characters, alphanumeric at both ends. */
export function rfc1123(name: string): string {
  const dashed = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  let start = 0;
  let end = Math.min(dashed.length, start + 63);
  while (start < dashed.length && dashed[start] === "-") start++;
  end = Math.min(dashed.length, start + 63);
  while (end > start && dashed[end - 1] === "-") end--;
  return dashed.slice(start, end) || "slo";
}

function alertName(name: string): string {
  return name
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

function splitOnce(value: string): [string, string] {
  const cut = value.indexOf("/");
  return [value.slice(0, cut), value.slice(cut + 1)];
}
