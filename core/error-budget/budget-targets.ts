import { budgetQueryFor, type BudgetFormat, type Policy } from "../policy/policy.js";
import { ownKeys, record, text } from "../data/read.js";
import { renderBudgetQuery } from "./budget-query.js";

/** What an item's `slo:` names, once looked up in the SLO files. */
export interface LinkedSlo {
  /** The SLO's bare name. */
  name: string;
  /** Its service in its SLO file, when the file says one. */
  service?: string;
  /** Its window in days, when its file (or `slo.sloth_period`) says one. */
  windowDays?: number;
  /** Its file's format, which picks the query (error_budget.queries). */
  format?: BudgetFormat;
}

/**
 * Finds the SLO an item's `slo:` names: undefined when it names none or several (slo-unknown and
 * slo-ambiguous say so), and the gate then has no query to ask.
 */
export type SloLookup = (written: string) => LinkedSlo | undefined;

/** One metric of an item that the gate asks Prometheus about. */
export interface BudgetTarget {
  /** The metric's kind: the finding sits at `metrics.<kind>.slo`. */
  kind: string;
  slo: string;
  service: string;
  /** The SLO's period as people say it, e.g. "30d", when known. */
  window?: string;
  /** The rendered PromQL; one query per distinct text. */
  query: string;
}

/**
 * The metrics of one item that link an SLO, each with its query. Without a lookup (no SLO files)
 * the name is read as written: Sloth's `service/name`, or a bare name.
 */
export function budgetTargets(
  data: Record<string, unknown>,
  policy: Policy,
  lookup?: SloLookup,
): BudgetTarget[] {
  const item = text(data.id) ?? "";
  const metrics = record(data.metrics);
  const targets: BudgetTarget[] = [];
  for (const kind of ownKeys(metrics)) {
    const metric = record(metrics?.[kind]);
    const written = text(metric?.slo);
    if (written === undefined || written === "") continue;
    const linked = lookup ? lookup(written) : asWritten(written);
    if (!linked) continue;
    const service = linked.service ?? exportedService(item, policy);
    const window = linked.windowDays !== undefined ? `${linked.windowDays}d` : text(metric?.window);
    const query = renderBudgetQuery(budgetQueryFor(policy.error_budget, linked.format), {
      slo: linked.name,
      service,
      item,
    });
    targets.push({ kind, slo: linked.name, service, window, query });
  }
  return targets;
}

function asWritten(written: string): LinkedSlo {
  const slash = written.indexOf("/");
  return slash > 0
    ? { service: written.slice(0, slash), name: written.slice(slash + 1) }
    : { name: written };
}

/** The service exported SLOs get (SPEC section 7): `slo.service`, else the item id in lower case. */
function exportedService(item: string, policy: Policy): string {
  return policy.slo.service !== "" ? policy.slo.service : item.toLowerCase();
}
