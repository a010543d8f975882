import { budgetViews, type ErrorBudgetFacts } from "./error-budget/facts.js";
import type { Finding } from "./findings/finding.js";
import type { LiveFacts } from "./live/facts.js";
import { liveViews, type LiveViews } from "./live/live-views.js";
import type { PeopleFacts } from "./people/facts.js";
import { peopleView } from "./people/people-view.js";
import type { Policy } from "./policy/policy.js";
import type { ItemReport, ItemVerdict, MetricView, SloLinkView } from "./report.js";
import { metricsOf } from "./slo/linked-metrics.js";
import { resolveSlo, type SloIndex } from "./slo/slo-index.js";
import { list, record, text } from "./data/read.js";
import type { JudgedSignOff } from "./signoff/judge-sign-offs.js";

/** How the item fared: identity and verdict, what every output says of it. */
export function buildItemVerdict(
  file: string,
  data: Record<string, unknown>,
  policy: Policy,
  findings: readonly Finding[],
): ItemVerdict {
  const status = text(data.status);
  const gated = status !== undefined && policy.gate.statuses.includes(status);
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.level === "error") errors++;
    else if (f.level === "warning") warnings++;
  }
  return {
    file,
    id: text(data.id),
    status,
    gated,
    verdict: errors > 0 ? "fail" : gated ? "pass" : "not-gated",
    errors,
    warnings,
  };
}

/** The item as the JSON and Markdown reports show it: verdict, sign-offs, slice graph, waivers. */
export function buildItemReport(
  file: string,
  data: Record<string, unknown>,
  policy: Policy,
  signOffs: readonly JudgedSignOff[],
  findings: readonly Finding[],
  slos?: SloIndex,
  errorBudget?: ErrorBudgetFacts,
  live?: LiveFacts,
  peopleFacts?: PeopleFacts,
): ItemReport {
  const budgets = budgetViews(errorBudget, file, policy.error_budget.min_remaining);
  const views = liveViews(live, file);
  const people = peopleView(peopleFacts, file, data);
  const issue =
    typeof data.issue === "number" && Number.isInteger(data.issue) ? data.issue : undefined;
  return {
    ...buildItemVerdict(file, data, policy, findings),
    title: text(data.title),
    owner: text(data.owner),
    ai: data.ai === true,
    issue,
    signOffs: signOffs.map((s) => ({
      reviewer: s.reviewer,
      decision: s.decision,
      date: s.date,
      verified: s.verification?.verified,
    })),
    slices: list(data.slices).flatMap((raw) => {
      const slice = record(raw);
      const id = text(slice?.id);
      return id === undefined
        ? []
        : [
            {
              id,
              value: text(slice?.value) ?? "",
              dependsOn: list(slice?.depends_on).filter((d): d is string => typeof d === "string"),
            },
          ];
    }),
    waivers: list(data.waivers).flatMap((raw) => {
      const w = record(raw);
      return w
        ? [
            {
              rule: text(w.rule) ?? "",
              reason: text(w.reason) ?? "",
              approvedBy: text(w.approved_by) ?? "",
              expires: text(w.expires) ?? "",
            },
          ]
        : [];
    }),
    ...(budgets.length > 0 ? { budgets } : {}),
    metrics: metricViews(data, slos, views),
    ...(views.instrumentation ? { instrumentation: views.instrumentation } : {}),
    ...(people ? { people } : {}),
  };
}

/**
 * Each metric with its objective, window and linked SLO, resolved when SLO files were given, and
 * what the live checks found for it.
 */
function metricViews(
  data: Record<string, unknown>,
  slos: SloIndex | undefined,
  live: LiveViews,
): MetricView[] {
  return metricsOf(data).map(({ kind, metric, slo }) => {
    const view: MetricView = { kind };
    const objective = text(metric.objective);
    const window = text(metric.window);
    if (objective !== undefined) view.objective = objective;
    if (window !== undefined) view.window = window;
    if (slo !== undefined) view.slo = linkView(slo, slos);
    const measured = live.measured.get(kind);
    if (measured) view.measured = measured;
    const found = live.data.get(kind);
    if (found) view.data = found;
    return view;
  });
}

function linkView(name: string, slos: SloIndex | undefined): SloLinkView {
  if (!slos) return { name, status: "unchecked" };
  const found = resolveSlo(slos, name);
  if (found.kind !== "found") return { name, status: found.kind };
  const { slo } = found;
  return {
    name,
    status: "found",
    file: slo.file,
    line: slo.line,
    format: slo.format,
    targetPercent: slo.targetPercent,
    ...(slo.window !== undefined ? { window: slo.window } : {}),
  };
}

export function unreadableItemVerdict(file: string): ItemVerdict {
  return { file, gated: false, verdict: "unreadable", errors: 1, warnings: 0 };
}

export function unreadableItemReport(file: string): ItemReport {
  return {
    ...unreadableItemVerdict(file),
    ai: false,
    signOffs: [],
    slices: [],
    waivers: [],
    metrics: [],
  };
}
