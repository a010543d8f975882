import { record, text } from "../data/read.js";
import { prometheusDurationDays, prometheusDurationMs } from "./duration.js";
import type { SloThreshold } from "./slo.js";
import {
  nameOf,
  nameProblem,
  numberOf,
  type DocumentProblem,
  type ReadDocument,
} from "./slo-draft.js";
import { queryProblem } from "./slo-queries.js";

/** A Pyrra `ServiceLevelObjective` (pyrra.dev/v1alpha1), as pyrra-dev/pyrra's Go types read it. */
export function readPyrra(data: Record<string, unknown>): ReadDocument {
  const metadata = record(data.metadata);
  const name = nameOf(metadata?.name);
  if (name === undefined)
    return problem(
      metadata && "name" in metadata ? ["metadata", "name"] : ["metadata"],
      `The Pyrra ServiceLevelObjective ${nameProblem(metadata?.name, "metadata.name")}`,
    );
  const spec = record(data.spec);
  if (!spec) return problem([], `Pyrra SLO ${name} has no spec`);
  const target = numberOf(spec.target);
  if (target === undefined || target < 0 || target > 100)
    return problem(
      ["spec", "target" in spec ? "target" : "window"],
      `Pyrra SLO ${name}: target must be a percentage in 0..100 written as text, e.g. "99.5"`,
    );
  const window = text(spec.window);
  const windowDays = window === undefined ? undefined : prometheusDurationDays(window);
  const problems: DocumentProblem[] = [];
  if (window === undefined || windowDays === undefined)
    problems.push({
      path: ["spec", window === undefined ? "target" : "window"],
      message: `Pyrra SLO ${name}: window must be a Prometheus duration, e.g. 28d or 4w`,
    });
  const indicator = record(spec.indicator);
  const threshold = latencyThreshold(indicator);
  problems.push(...metricProblems(indicator, name));
  return {
    slos: [
      {
        name,
        service: undefined,
        format: "pyrra",
        path: ["metadata", "name"],
        targetPercent: target,
        windowDays,
        window: windowDays === undefined ? undefined : window,
        objectives: [{ targetPercent: target, ...(threshold ? { threshold } : {}) }],
      },
    ],
    problems,
  };
}

/** A latency indicator's threshold: `le` of its success metric, or latencyNative's `latency`. */
function latencyThreshold(
  indicator: Record<string, unknown> | undefined,
): SloThreshold | undefined {
  const success = text(record(record(indicator?.latency)?.success)?.metric);
  const le = success === undefined ? undefined : leLabel(success);
  if (le !== undefined) return { value: le, unit: "s" };
  const native = text(record(indicator?.latencyNative)?.latency);
  const ms = native === undefined ? undefined : prometheusDurationMs(native);
  return ms === undefined ? undefined : { value: ms / 1000, unit: "s" };
}

/** The value of an `le="0.5"` matcher in a selector, in seconds. */
function leLabel(selector: string): number | undefined {
  const match = /(?:^|[{,\s])le\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(selector);
  return match ? numberOf(match[1] ?? match[2]) : undefined;
}

function problem(path: DocumentProblem["path"], message: string): ReadDocument {
  return { slos: [], problems: [{ path, message }] };
}

/** The indicator's metrics (selectors, PromQL as Pyrra writes them into its rules), checked. */
function metricProblems(
  indicator: Record<string, unknown> | undefined,
  name: string,
): DocumentProblem[] {
  const out: DocumentProblem[] = [];
  for (const [kind, keys] of INDICATOR_METRICS) {
    const held = record(indicator?.[kind]);
    if (!held) continue;
    for (const key of keys) {
      const path = ["spec", "indicator", kind, ...(key === "" ? [] : [key]), "metric"];
      const metric = key === "" ? held.metric : record(held[key])?.metric;
      const label = `indicator.${kind}${key === "" ? "" : `.${key}`}.metric`;
      const problem = queryProblem(metric, path, `Pyrra SLO ${name}: ${label}`);
      if (problem) out.push(problem);
    }
  }
  return out;
}

/** Pyrra v1alpha1 indicators and where each holds a metric ("" for the indicator itself). */
const INDICATOR_METRICS: [string, string[]][] = [
  ["ratio", ["errors", "total"]],
  ["latency", ["success", "total"]],
  ["latencyNative", ["total"]],
  ["bool_gauge", [""]],
];
