import type { Finding, Level } from "../findings/finding.js";
import { ruleDocsUrl } from "../findings/rule-docs-url.js";
import type { ItemReport, Report } from "../report.js";
import { glance, healthTable, type HealthTally } from "./html-health-table.js";
import { escapeHtml } from "./html-escape.js";
import { HTML_STYLE } from "./html-style.js";
import { liveColumns } from "./item-health.js";
import { SLICE_SVG_DEFS, sliceSvg } from "./slice-svg.js";
import { summaryLine } from "./summary-line.js";

export interface HtmlOptions {
  /** The page's name; "roadmap-gate" by default. */
  title?: string;
}

/**
 * Nothing loads and nothing runs: a page published on GitHub Pages shows item files written by
 * anyone who can open a pull request, so the policy backs up the escaping.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const LEVEL: Record<Level, "bad" | "warn" | "unknown"> = {
  error: "bad",
  warning: "warn",
  note: "unknown",
};

/**
 * `roadmap-gate report --format html`: one self-contained page for the whole roadmap (the health
 * table, the findings, each item's slice graph as inline SVG). No script, no request, every user
 * text escaped; built as parts joined once, so 1,000 items cost 1,000 times one.
 */
export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  const title = escapeHtml(options.title ?? "roadmap-gate");
  const graphIds = new Map<ItemReport, string>();
  report.items.forEach((item, i) => {
    if (item.slices.length > 0) graphIds.set(item, `graph-${i + 1}`);
  });
  const tally: HealthTally = { failing: 0, breached: 0, noData: 0, people: 0 };
  const table =
    report.items.length === 0
      ? "<p>No item files were found.</p>"
      : healthTable(report.items, graphIds, tally);
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${title}: ${report.result}</title><style>${HTML_STYLE}</style></head><body>`,
    SLICE_SVG_DEFS,
    header(report, title, tally),
    `<h2>Items</h2>`,
    table,
    findingsSection(report.findings),
    graphsSection(report.items, graphIds),
    "</body></html>\n",
  ].join("\n");
}

function header(report: Report, title: string, tally: HealthTally): string {
  const result = glance(report.result === "fail" ? "bad" : "good", report.result);
  // A count of 0 from a check that did not run would read as good news: say it was not checked.
  const live = liveColumns(report.items);
  const tiles = [
    [report.items.length, "items"],
    [tally.failing, "failing"],
    [live.measured ? tally.breached : "–", "objectives breached"],
    [live.data ? tally.noData : "–", "queries without data"],
    [live.people ? tally.people : "–", "people not found"],
  ]
    .map(([n, what]) => `<li><b>${n}</b> ${what}${n === "–" ? ": not checked" : ""}</li>`)
    .join("");
  const notices = report.notices
    .map((n) => `<p class="notice" role="note">${escapeHtml(n)}</p>`)
    .join("");
  return [
    `<header><h1>${title}: ${result}</h1>`,
    `<p>${escapeHtml(summaryLine(report))}</p>`,
    `<ul class="tiles" aria-label="At a glance">${tiles}</ul>`,
    notices,
    `<p class="muted">Legend: ✔ good · ⚠ attention · ✘ bad · ? unknown · – not checked</p></header>`,
  ].join("\n");
}

function findingsSection(findings: readonly Finding[]): string {
  if (findings.length === 0) return `<h2>Findings</h2><p>No findings.</p>`;
  const rows = findings.map((f) => {
    const where = f.file === "" ? "pull request" : `${f.file}:${f.line}:${f.column}`;
    return `<tr><td>${glance(LEVEL[f.level], f.level)}</td><td><code>${escapeHtml(where)}</code></td><td>${escapeHtml(f.message)}<div class="muted">Hint: ${escapeHtml(f.hint)}</div></td><td><a href="${escapeHtml(ruleDocsUrl(f.ruleId))}"><code>${escapeHtml(f.ruleId)}</code></a></td></tr>\n`;
  });
  return [
    `<h2>Findings</h2>`,
    `<table id="findings"><thead><tr><th scope="col">level</th><th scope="col">where</th><th scope="col">finding</th><th scope="col">rule</th></tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table>`,
  ].join("\n");
}

function graphsSection(
  items: readonly ItemReport[],
  graphIds: ReadonlyMap<ItemReport, string>,
): string {
  const figures = items.flatMap((item) => {
    const id = graphIds.get(item);
    if (id === undefined) return [];
    const name = [item.id, item.title].filter((s) => s !== undefined).join(" · ") || item.file;
    const count = `${item.slices.length} slice${item.slices.length === 1 ? "" : "s"}`;
    const svg = sliceSvg(item.slices, `${id}-name`);
    return [
      `<figure id="${id}"><figcaption id="${id}-name">Slice graph of ${escapeHtml(name)} <span class="muted">(${count})</span></figcaption><div class="graph">${svg}</div></figure>`,
    ];
  });
  return figures.length === 0 ? "" : `<h2>Slice graphs</h2>\n${figures.join("\n")}`;
}
