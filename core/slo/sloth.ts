import type { PathSegment } from "../parse/source-position.js";
import { list, record, text } from "../data/read.js";
import { suggest } from "../item/suggest.js";
import { itemWindowDays, prometheusDurationDays } from "./duration.js";
import { queryProblem } from "./slo-queries.js";
import { hasSlothWindow } from "./sloth-window.js";
import {
  nameOf,
  nameProblem,
  numberOf,
  type DocumentProblem,
  type ReadDocument,
  type SloDraft,
  type SloReadOptions,
} from "./slo-draft.js";

/**
 * A Sloth spec: `version: prometheus/v1` (the spec at the document's root) or the Kubernetes
 * CRD `kind: PrometheusServiceLevel` (the same under `spec`), as slok/sloth's Go types read them.
 */
export function readSloth(
  data: Record<string, unknown>,
  options: SloReadOptions,
  crd: boolean,
): ReadDocument {
  const root: PathSegment[] = crd ? ["spec"] : [];
  const spec = crd ? record(data.spec) : data;
  const what = crd ? "The Sloth PrometheusServiceLevel" : "The Sloth spec";
  if (!spec) return { slos: [], problems: [{ path: [], message: `${what} has no spec` }] };
  const service = nameOf(spec.service);
  const problems: DocumentProblem[] = [];
  if (service === undefined)
    problems.push({ path: root, message: `${what} has no service (Sloth requires one)` });
  const windowDays =
    itemWindowDays(options.slothPeriod) ?? prometheusDurationDays(options.slothPeriod);
  const slos: SloDraft[] = [];
  list(spec.slos).forEach((raw, i) => {
    const slo = record(raw);
    const at = [...root, "slos", i];
    const name = nameOf(slo?.name);
    if (name === undefined) {
      problems.push({
        path: slo && "name" in slo ? [...at, "name"] : at,
        message: `${what}: SLO ${i + 1} ${nameProblem(slo?.name, "name")}`,
      });
      return;
    }
    const unknown = slo ? unknownKeys(slo) : [];
    for (const key of unknown) {
      const near = suggest(key, SLO_KEYS);
      problems.push({
        path: [...at, key],
        target: "key",
        message: `Sloth SLO ${name}: unknown key ${JSON.stringify(key)}${near ? `; did you mean ${near}?` : ""} (Sloth's prometheus/v1 SLO keys: ${SLO_KEYS.join(", ")})`,
      });
    }
    const objective = numberOf(slo?.objective);
    if (unknown.length > 0 && slo && !("objective" in slo)) return;
    if (objective === undefined || objective <= 0 || objective > 100) {
      problems.push({
        path: [...at, slo && "objective" in slo ? "objective" : "name"],
        message: `Sloth SLO ${name}: objective must be a percentage in (0, 100], e.g. 99.9`,
      });
      return;
    }
    problems.push(...sliProblems(record(slo?.sli), [...at, "sli"], `Sloth SLO ${name}`));
    slos.push({
      name,
      service,
      format: "sloth",
      path: [...at, "name"],
      targetPercent: objective,
      windowDays,
      window: windowDays === undefined ? undefined : `${options.slothPeriod} (slo.sloth_period)`,
      objectives: [{ targetPercent: objective }],
    });
  });
  if (list(spec.slos).length === 0)
    problems.push({ path: [...root, "slos"], message: `${what} has no slos` });
  return { slos, problems };
}

/** The keys of a Sloth prometheus/v1 SLO (slok/sloth pkg/prometheus/api/v1). */
const SLO_KEYS = ["name", "objective", "description", "labels", "sli", "alerting"];

function unknownKeys(slo: Record<string, unknown>): string[] {
  return Object.keys(slo).filter((key) => !SLO_KEYS.includes(key));
}

/**
 * What Sloth's own validation asks of an SLI's queries (slok/sloth pkg/common/validation): each
 * event or raw query has `{{ .window }}` and is valid PromQL, and the error and total queries
 * differ. A plugin SLI is Sloth's to judge.
 */
function sliProblems(
  sli: Record<string, unknown> | undefined,
  at: readonly PathSegment[],
  what: string,
): DocumentProblem[] {
  const out: DocumentProblem[] = [];
  const events = record(sli?.events);
  const raw = record(sli?.raw);
  const queries: [Record<string, unknown> | undefined, string, string][] = [
    [events, "events", "error_query"],
    [events, "events", "total_query"],
    [raw, "raw", "error_ratio_query"],
  ];
  for (const [holder, kind, key] of queries) {
    if (!holder) continue;
    const path = [...at, kind, key];
    const query = text(holder[key]);
    const where = `${what}: sli.${kind}.${key}`;
    if (query === undefined) {
      out.push({ path: [...at, kind], message: `${where} is missing; Sloth requires it` });
      continue;
    }
    if (!hasSlothWindow(query)) {
      out.push({
        path,
        message: `${where} has no {{ .window }}; Sloth requires it in every SLI query (e.g. rate(x[{{ .window }}]))`,
      });
      continue;
    }
    const problem = queryProblem(query, path, where);
    if (problem) out.push(problem);
  }
  if (events && text(events.error_query) !== undefined && events.error_query === events.total_query)
    out.push({
      path: [...at, "events", "total_query"],
      message: `${what}: sli.events.error_query and total_query are the same query; Sloth refuses that`,
    });
  return out;
}
