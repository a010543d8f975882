import { percent } from "../error-budget/budget-reading.js";
import type { ItemReport } from "../report.js";
import {
  budgetGlance,
  itemHealth,
  measuredGlance,
  measuredValue,
  PERSON_STATE,
  type Glance,
  type LiveColumns,
} from "./item-health.js";
import { codeSpan, escapeMarkdown } from "./markdown-escape.js";

const MARK: Record<Glance, string> = {
  good: "✅",
  warn: "🟡",
  bad: "❌",
  unknown: "❔",
  unchecked: "➖",
};

/** The markdown table's live columns, in order: only those some item has data for. */
export function healthHeadings(columns: LiveColumns): string[] {
  return [
    ...(columns.measured ? ["objectives: measured, budget left"] : []),
    ...(columns.data ? ["instrumentation data"] : []),
    ...(columns.people ? ["people"] : []),
  ];
}

export function healthCells(item: ItemReport, columns: LiveColumns): string[] {
  const health = itemHealth(item);
  const cells: string[] = [];
  if (columns.measured) {
    const lines = health.metrics.map(({ metric, budget }) => {
      const m = metric.measured;
      const measured =
        m === undefined
          ? `${MARK.unchecked} not checked`
          : m.state === "unmeasured"
            ? `${MARK.unknown} unmeasured`
            : `${MARK[measuredGlance(m)]} ${escapeMarkdown(measuredValue(m))} over ${escapeMarkdown(m.window)}`;
      const left =
        budget === undefined
          ? ""
          : budget.remaining === undefined
            ? `, ${MARK.unknown} budget unknown`
            : `, ${MARK[budgetGlance(budget)]} ${percent(budget.remaining)} budget left`;
      const objective = metric.objective === undefined ? "—" : escapeMarkdown(metric.objective);
      return `${codeSpan(metric.kind, true)} ${objective}: ${measured}${left}`;
    });
    cells.push(lines.length === 0 ? "—" : lines.join("<br>"));
  }
  if (columns.data) {
    const data = health.data;
    cells.push(
      data === undefined || data.total === 0
        ? `${MARK.unchecked} not checked`
        : [
            `${MARK[data.glance]} ${data.glance === "good" ? "yes" : data.glance === "bad" ? "no" : "unknown"} (${data.withData}/${data.total})`,
            ...data.failing.map(
              (q) =>
                `${q.state === "no-data" ? "no data" : "unknown"}: ${escapeMarkdown(q.kind)} ${codeSpan(q.query, true)}`,
            ),
          ].join("<br>"),
    );
  }
  if (columns.people) {
    const people = health.people;
    cells.push(
      people === undefined || people.total === 0
        ? `${MARK.unchecked} not checked`
        : [
            `${MARK[people.glance]} ${people.total - people.problems.length}/${people.total} found`,
            ...people.problems.map(
              (p) =>
                `${escapeMarkdown(p.handle)} (${escapeMarkdown(p.role)}): ${PERSON_STATE[p.state]}`,
            ),
          ].join("<br>"),
    );
  }
  return cells;
}

export const HEALTH_LEGEND =
  "Live checks: ✅ met, has data, found · 🟡 less than half the budget left · ❌ breached, no data, not found · ❔ unknown · ➖ not checked.\n\n";
