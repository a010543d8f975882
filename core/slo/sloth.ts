import type { PathSegment } from "../parse/source-position.js";
import { list, record } from "../rules/read.js";
import { itemWindowDays, prometheusDurationDays } from "./duration.js";
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
    const objective = numberOf(slo?.objective);
    if (objective === undefined || objective <= 0 || objective > 100) {
      problems.push({
        path: [...at, slo && "objective" in slo ? "objective" : "name"],
        message: `Sloth SLO ${name}: objective must be a percentage in (0, 100], e.g. 99.9`,
      });
      return;
    }
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
