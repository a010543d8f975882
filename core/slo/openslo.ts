import type { PathSegment } from "../parse/source-position.js";
import { list, record, text } from "../data/read.js";
import { queryProblem } from "./slo-queries.js";
import { openSloDurationDays } from "./duration.js";
import type { SloObjective, SloThreshold } from "./slo.js";
import {
  nameOf,
  nameProblem,
  numberOf,
  type DocumentProblem,
  type ReadDocument,
} from "./slo-draft.js";

/** OpenSLO v1 kinds that may sit beside SLOs in a file; only `SLO` is read. */
const OTHER_KINDS = new Set([
  "SLI",
  "Service",
  "DataSource",
  "AlertPolicy",
  "AlertCondition",
  "AlertNotificationTarget",
]);

/** An `apiVersion: openslo/v1` document (OpenSLO's spec and its go-sdk's v1 types). */
export function readOpenSlo(data: Record<string, unknown>): ReadDocument {
  const kind = text(data.kind);
  if (kind !== "SLO") {
    if (kind === "SLI") {
      const sliName = nameOf(record(data.metadata)?.name) ?? "(unnamed)";
      return {
        slos: [],
        problems: indicatorProblems(data.spec, ["spec"], `OpenSLO SLI ${sliName}`),
      };
    }
    if (kind !== undefined && OTHER_KINDS.has(kind)) return { slos: [], problems: [] };
    return problem(
      ["kind"],
      `OpenSLO kind ${JSON.stringify(data.kind)} is not one of SLO, ${[...OTHER_KINDS].join(", ")}`,
    );
  }
  const metadata = record(data.metadata);
  const name = nameOf(metadata?.name);
  if (name === undefined)
    return problem(
      metadata && "name" in metadata ? ["metadata", "name"] : ["metadata"],
      `The OpenSLO SLO ${nameProblem(metadata?.name, "metadata.name")}`,
    );
  const spec = record(data.spec);
  if (!spec) return problem([], `OpenSLO SLO ${name} has no spec`);
  const problems: DocumentProblem[] = indicatorProblems(
    record(spec.indicator)?.spec,
    ["spec", "indicator", "spec"],
    `OpenSLO SLO ${name}`,
  );
  const objectives: SloObjective[] = [];
  const rawObjectives = list(spec.objectives);
  if (rawObjectives.length === 0)
    return problem(["spec"], `OpenSLO SLO ${name} has no spec.objectives`);
  rawObjectives.forEach((raw, i) => {
    const objective = record(raw);
    const at = ["spec", "objectives", i];
    const target = numberOf(objective?.target);
    const percent = numberOf(objective?.targetPercent);
    if ((target === undefined) === (percent === undefined)) {
      problems.push({
        path: at,
        message: `OpenSLO SLO ${name}: objective ${i + 1} needs exactly one of target (0..1) or targetPercent (0..100)`,
      });
      return;
    }
    if (target !== undefined && (target < 0 || target >= 1)) {
      problems.push({
        path: [...at, "target"],
        message: `OpenSLO SLO ${name}: target ${target} is outside [0, 1); write 0.995 for 99.5%`,
      });
      return;
    }
    if (percent !== undefined && (percent < 0 || percent >= 100)) {
      problems.push({
        path: [...at, "targetPercent"],
        message: `OpenSLO SLO ${name}: targetPercent ${percent} is outside [0, 100)`,
      });
      return;
    }
    const value = numberOf(objective?.value);
    const op = text(objective?.op);
    const threshold: SloThreshold | undefined =
      value === undefined ? undefined : { value, unit: "item", ...(op ? { op } : {}) };
    objectives.push({
      targetPercent: target !== undefined ? target * 100 : percent!,
      ...(threshold ? { threshold } : {}),
    });
  });
  if (objectives.length === 0) return { slos: [], problems };
  const duration = text(record(list(spec.timeWindow)[0])?.duration);
  const windowDays = duration === undefined ? undefined : openSloDurationDays(duration);
  if (duration !== undefined && windowDays === undefined)
    problems.push({
      path: ["spec", "timeWindow", 0, "duration"],
      message: `OpenSLO SLO ${name}: timeWindow duration ${JSON.stringify(duration)} is not NUMBER + m, h, d, w, M, Q or Y`,
    });
  return {
    slos: [
      {
        name,
        service: nameOf(spec.service),
        format: "openslo",
        path: ["metadata", "name"],
        targetPercent: objectives[0]!.targetPercent,
        windowDays,
        window: windowDays === undefined ? undefined : duration,
        objectives,
      },
    ],
    problems,
  };
}

function problem(path: DocumentProblem["path"], message: string): ReadDocument {
  return { slos: [], problems: [{ path, message }] };
}

/** Prometheus queries of an SLI spec (threshold or ratio), checked as items' queries are. */
function indicatorProblems(
  spec: unknown,
  at: readonly PathSegment[],
  what: string,
): DocumentProblem[] {
  const sli = record(spec);
  if (!sli) return [];
  const out: DocumentProblem[] = [];
  const check = (metric: unknown, path: readonly PathSegment[], label: string) => {
    const source = record(record(metric)?.metricSource);
    if (text(source?.type)?.toLowerCase() !== "prometheus") return;
    const problem = queryProblem(
      record(source?.spec)?.query,
      [...path, "metricSource", "spec", "query"],
      `${what}: ${label}`,
    );
    if (problem) out.push(problem);
  };
  check(sli.thresholdMetric, [...at, "thresholdMetric"], "thresholdMetric query");
  const ratio = record(sli.ratioMetric);
  for (const key of ["good", "bad", "total"])
    check(ratio?.[key], [...at, "ratioMetric", key], `ratioMetric.${key} query`);
  return out;
}
