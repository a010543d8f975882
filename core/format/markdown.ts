import type { Finding, Level } from "../findings/finding.js";
import { ruleDocsUrl } from "../findings/rule-docs-url.js";
import type { ItemReport, Report, SignOffView, SloLinkView, Verdict } from "../report.js";
import {
  DEFAULT_CUT_ADVICE,
  fitMarkdown,
  type MarkdownBlock,
  type MarkdownLimit,
} from "./fit-markdown.js";
import { budgetTable } from "./budget-table.js";
import { peopleCell } from "./people-cell.js";
import { codeSpan, escapeMarkdown, inlineMarkdown } from "./markdown-escape.js";
import { sliceFlowchart } from "./slice-flowchart.js";
import { summaryLine } from "./summary-line.js";

export interface MarkdownOptions extends Partial<MarkdownLimit> {
  /** The heading's name; "roadmap-gate" by default. */
  title?: string;
  /** Per item, a Mermaid flowchart of its slices; on by default. */
  graphs?: boolean;
  /** What the cut note tells readers to look at instead. */
  cutAdvice?: string;
}

const VERDICT: Record<Verdict, string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  "not-gated": "➖ not gated",
  unreadable: "⚠️ unreadable",
};
const LEVEL: Record<Level, string> = { error: "❌", warning: "⚠️", note: "ℹ️" };

/**
 * For the job summary, `roadmap-gate report` and check runs: a table of items and verdicts, the
 * findings by file with hints, and each item's slice graph. Every piece of user text is escaped;
 * with `maxLength` the document is cut, findings before graphs, with a note saying how much.
 */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const blocks: MarkdownBlock[] = [
    { text: heading(report, options.title ?? "roadmap-gate") },
    ...itemTable(report.items),
    ...budgetTable(report.items),
    ...findingList(report.findings),
    ...sloTable(report.items),
    ...(options.graphs === false ? [] : sliceGraphs(report.items)),
  ];
  const limit =
    options.maxLength === undefined
      ? undefined
      : { maxLength: options.maxLength, lengthUnit: options.lengthUnit };
  return fitMarkdown(blocks, limit, options.cutAdvice ?? DEFAULT_CUT_ADVICE);
}

function heading(report: Report, title: string): string {
  const mark = report.result === "fail" ? "❌" : "✅";
  const lines = [
    `## ${mark} ${escapeMarkdown(title)}: ${report.result}`,
    "",
    summaryLine(report),
    "",
  ];
  for (const notice of report.notices) lines.push(`> [!NOTE]`, `> ${escapeMarkdown(notice)}`, "");
  return `${lines.join("\n")}\n`;
}

function itemTable(items: readonly ItemReport[]): MarkdownBlock[] {
  if (items.length === 0) return [{ text: "No item files were found.\n\n" }];
  // The people column shows only where the people checks ran (live.people).
  const people = items.some((item) => item.people !== undefined);
  const head = {
    text: people
      ? "| item | title | status | verdict | sign-offs | people | file |\n|---|---|---|---|---|---|---|\n"
      : "| item | title | status | verdict | sign-offs | file |\n|---|---|---|---|---|---|\n",
  };
  const rows = items.map((item) => ({
    text: `| ${[
      item.id === undefined ? "—" : escapeMarkdown(item.id),
      item.title === undefined ? "—" : escapeMarkdown(item.title),
      item.status === undefined ? "—" : escapeMarkdown(item.status),
      verdictCell(item),
      item.signOffs.length === 0 ? "—" : item.signOffs.map(signOffCell).join("<br>"),
      ...(people ? [peopleCell(item.people)] : []),
      codeSpan(item.file, true),
    ].join(" | ")} |\n`,
    counts: "item",
  }));
  const legend = items.some((i) => i.signOffs.length > 0)
    ? "\nSign-offs: ✅ verified by an approving review · ❌ not backed by one · ❔ not verified here.\n\n"
    : "\n";
  return [head, ...rows, { text: legend }];
}

function verdictCell(item: ItemReport): string {
  const waivers = item.waivers.length;
  return waivers === 0
    ? VERDICT[item.verdict]
    : `${VERDICT[item.verdict]} (${waivers} waiver${waivers === 1 ? "" : "s"})`;
}

function signOffCell(s: SignOffView): string {
  const mark = s.verified === undefined ? "❔" : s.verified ? "✅" : "❌";
  return `${mark} ${escapeMarkdown(s.reviewer)} ${escapeMarkdown(s.decision)} ${escapeMarkdown(s.date)}`;
}

function findingList(findings: readonly Finding[]): MarkdownBlock[] {
  if (findings.length === 0) return [{ text: "### Findings\n\nNo findings.\n\n" }];
  const blocks: MarkdownBlock[] = [{ text: "### Findings\n" }];
  let lastFile: string | undefined;
  for (const f of findings) {
    const group =
      f.file === lastFile ? "" : `\n#### ${f.file === "" ? "Pull request" : codeSpan(f.file)}\n\n`;
    lastFile = f.file;
    const where = f.file === "" ? "" : `line ${f.line}, column ${f.column}: `;
    const rule = `[${codeSpan(f.ruleId)}](${ruleDocsUrl(f.ruleId)})`;
    blocks.push({
      text: `${group}- ${LEVEL[f.level]} **${f.level}** ${where}${inlineMarkdown(f.message)} (${rule})<br>Hint: ${inlineMarkdown(f.hint)}\n`,
      counts: "finding",
    });
  }
  blocks.push({ text: "\n" });
  return blocks;
}

/** Each metric that links an SLO, and what that SLO is: shown only when some metric links one. */
function sloTable(items: readonly ItemReport[]): MarkdownBlock[] {
  const rows = items.flatMap((item) =>
    item.metrics.flatMap((m) =>
      m.slo === undefined
        ? []
        : [
            {
              text: `| ${[
                item.id === undefined ? codeSpan(item.file, true) : escapeMarkdown(item.id),
                codeSpan(m.kind, true),
                m.objective === undefined ? "—" : escapeMarkdown(m.objective),
                m.window === undefined ? "—" : escapeMarkdown(m.window),
                sloCell(m.slo),
              ].join(" | ")} |\n`,
              counts: "metric",
            },
          ],
    ),
  );
  if (rows.length === 0) return [];
  const head =
    "### Metrics linked to SLOs\n\n| item | metric | objective | window | SLO |\n|---|---|---|---|---|\n";
  return [{ text: head }, ...rows, { text: "\n" }];
}

/** A table cell: every code span escapes `|`, or a name with one would end the cell early. */
function sloCell(slo: SloLinkView): string {
  const name = codeSpan(slo.name, true);
  if (slo.status === "unknown") return `❓ ${name}: no such SLO`;
  if (slo.status === "ambiguous") return `⚠️ ${name}: several SLOs have this name`;
  if (slo.status === "unchecked") return `${name} (not checked: slo.files is empty)`;
  const target = slo.targetPercent === undefined ? "" : `${Number(slo.targetPercent.toFixed(9))}%`;
  const facts = [slo.format, target, slo.window].filter((s) => s !== undefined && s !== "");
  return `${name} (${facts.map((f) => escapeMarkdown(f!)).join(", ")}) ${codeSpan(`${slo.file}:${slo.line}`, true)}`;
}

function sliceGraphs(items: readonly ItemReport[]): MarkdownBlock[] {
  const graphs = items.flatMap((item) => {
    const chart = sliceFlowchart(item.slices);
    if (chart === "") return [];
    const name = [item.id, item.title].filter((s) => s !== undefined).map(escapeMarkdown);
    const label = name.length > 0 ? name.join(" · ") : codeSpan(item.file);
    return [{ text: `#### ${label}\n\n${chart}\n`, counts: "slice graph" }];
  });
  return graphs.length === 0 ? [] : [{ text: "### Slice graphs\n\n" }, ...graphs];
}
