import { percent } from "../error-budget/budget-reading.js";
import type { ItemReport, Verdict } from "../report.js";
import { escapeHtml } from "./html-escape.js";
import {
  budgetGlance,
  itemHealth,
  measuredGlance,
  measuredValue,
  PERSON_STATE,
  type DataHealth,
  type Glance,
  type MetricHealth,
  type PeopleHealth,
} from "./item-health.js";

/** The symbol beside each glance's words; `aria-hidden`, since the words say it. */
export const GLANCE_SYMBOL: Record<Glance, string> = {
  good: "✔",
  warn: "⚠",
  bad: "✘",
  unknown: "?",
  unchecked: "–",
};

const VERDICT: Record<Verdict, [Glance, string]> = {
  pass: ["good", "pass"],
  fail: ["bad", "fail"],
  "not-gated": ["unchecked", "not gated"],
  unreadable: ["bad", "unreadable"],
};

/** What the page's tiles count while the rows are made, so the items are walked once. */
export interface HealthTally {
  failing: number;
  breached: number;
  noData: number;
  people: number;
}

/** The whole roadmap in one table: one row per item, every user text escaped. */
export function healthTable(
  items: readonly ItemReport[],
  graphIds: ReadonlyMap<ItemReport, string>,
  tally: HealthTally,
): string {
  const rows = items.map((item) => healthRow(item, graphIds.get(item), tally));
  return [
    `<table id="health"><caption class="muted">Execution health: each item's status, people, objectives and live data</caption>`,
    `<thead><tr><th scope="col">item</th><th scope="col">status</th><th scope="col">verdict</th><th scope="col">owner and people</th><th scope="col">metrics: objective, measured, error budget</th><th scope="col">instrumentation data</th></tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table>`,
  ].join("\n");
}

function healthRow(item: ItemReport, graphId: string | undefined, tally: HealthTally): string {
  const health = itemHealth(item);
  if (item.verdict === "fail" || item.verdict === "unreadable") tally.failing++;
  const id = item.id === undefined ? "—" : escapeHtml(item.id);
  const title =
    item.title === undefined ? "" : ` <span class="title">${escapeHtml(item.title)}</span>`;
  const graph = graphId === undefined ? "" : ` <a href="#${graphId}">slice graph</a>`;
  const cells = [
    `<th scope="row"><span class="id">${id}</span>${title}<div class="file">${escapeHtml(item.file)}${graph}</div></th>`,
    `<td class="status">${item.status === undefined ? "—" : escapeHtml(item.status)}</td>`,
    `<td>${verdictCell(item)}</td>`,
    `<td>${item.owner === undefined ? "—" : escapeHtml(item.owner)}<br>${peopleCell(health.people, tally)}</td>`,
    `<td>${metricsCell(health.metrics, tally)}</td>`,
    `<td>${dataCell(health.data, tally)}</td>`,
  ];
  return `<tr>${cells.join("")}</tr>\n`;
}

/** A symbol and words, coloured by class: `text` is already escaped. */
export function glance(g: Glance, text: string): string {
  return `<span class="g ${g}${text.length > 40 ? " long" : ""}"><span aria-hidden="true">${GLANCE_SYMBOL[g]}</span> ${text}</span>`;
}

function verdictCell(item: ItemReport): string {
  const [g, word] = VERDICT[item.verdict];
  const counts = [
    item.errors > 0 ? `${item.errors} error${item.errors === 1 ? "" : "s"}` : "",
    item.warnings > 0 ? `${item.warnings} warning${item.warnings === 1 ? "" : "s"}` : "",
    item.waivers.length > 0
      ? `${item.waivers.length} waiver${item.waivers.length === 1 ? "" : "s"}`
      : "",
  ].filter((s) => s !== "");
  return glance(g, counts.length === 0 ? word : `${word} (${counts.join(", ")})`);
}

function metricsCell(metrics: readonly MetricHealth[], tally: HealthTally): string {
  if (metrics.length === 0) return `<span class="muted">no metrics</span>`;
  const lines = metrics.map(({ metric, budget }) => {
    const objective =
      metric.objective === undefined ? "no objective" : escapeHtml(metric.objective);
    const window = metric.window === undefined ? "" : ` over ${escapeHtml(metric.window)}`;
    const m = metric.measured;
    if (m?.state === "breached") tally.breached++;
    const measured =
      m === undefined
        ? glance("unchecked", "measured: not checked")
        : m.state === "unmeasured"
          ? glance(
              "unknown",
              `unmeasured${m.reason === undefined ? "" : `: ${escapeHtml(m.reason)}`}`,
            )
          : glance(
              measuredGlance(m),
              `${escapeHtml(measuredValue(m))} over ${escapeHtml(m.window)}: ${m.state === "met" ? "met" : "breached"}`,
            );
    const budgetText =
      budget === undefined
        ? metric.slo === undefined
          ? ""
          : glance("unchecked", "error budget: not checked")
        : budget.remaining === undefined
          ? glance("unknown", `error budget unknown: ${escapeHtml(budget.reason ?? "")}`)
          : glance(
              budgetGlance(budget),
              `${percent(budget.remaining)} of the${budget.window ? ` ${escapeHtml(budget.window)}` : ""} error budget left`,
            );
    const parts = [measured, budgetText].filter((s) => s !== "");
    return `<li><code>${escapeHtml(metric.kind)}</code> ${objective}${window}<br>${parts.join("<br>")}</li>`;
  });
  return `<ul>${lines.join("")}</ul>`;
}

function dataCell(data: DataHealth | undefined, tally: HealthTally): string {
  if (data === undefined) return glance("unchecked", "not checked");
  if (data.total === 0) return glance("unchecked", "no live queries");
  const noData = data.failing.filter((q) => q.state === "no-data").length;
  tally.noData += noData;
  const summary =
    data.glance === "good"
      ? `yes: ${data.total} of ${data.total} queries return data`
      : data.glance === "bad"
        ? `no: ${noData} of ${data.total} ${data.total === 1 ? "query" : "queries"} ${noData === 1 ? "returns" : "return"} no data`
        : `unknown: ${data.total - data.withData} of ${data.total} not answered`;
  const failing = data.failing.map(
    (q) =>
      `<li>${glance(q.state === "no-data" ? "bad" : "unknown", q.state === "no-data" ? "no data" : "unknown")} ${escapeHtml(q.kind)} (${q.source}): <code>${escapeHtml(q.query)}</code>${q.reason === undefined ? "" : ` <span class="muted">${escapeHtml(q.reason)}</span>`}</li>`,
  );
  return `${glance(data.glance, summary)}${failing.length === 0 ? "" : `<ul>${failing.join("")}</ul>`}`;
}

function peopleCell(people: PeopleHealth | undefined, tally: HealthTally): string {
  if (people === undefined) return glance("unchecked", "people: not checked");
  if (people.total === 0) return glance("unchecked", "no people named");
  const unknownOrGone = people.problems.filter((p) => p.state !== "unverifiable").length;
  tally.people += unknownOrGone;
  const found = people.total - people.problems.length;
  const summary = `${found} of ${people.total} ${people.total === 1 ? "person" : "people"} found`;
  const problems = people.problems.map(
    (p) =>
      `<li>${glance(p.state === "unverifiable" ? "unknown" : "bad", `${escapeHtml(p.handle)} (${escapeHtml(p.role)}): ${PERSON_STATE[p.state]}${p.reason === undefined ? "" : `, ${escapeHtml(p.reason)}`}`)}</li>`,
  );
  return `${glance(people.glance, summary)}${problems.length === 0 ? "" : `<ul>${problems.join("")}</ul>`}`;
}
