import { measuredValue } from "./item-health.js";
import type { ItemReport, MetricView } from "../report.js";
import type { MarkdownBlock } from "./fit-markdown.js";
import { codeSpan, escapeMarkdown } from "./markdown-escape.js";

/**
 * Each metric the live checks looked at: its objective beside what Prometheus measured over its
 * window, and whether its instrumentation returned data (SPEC 9.1, 9.2). Shown only when they ran.
 */
export function liveTable(items: readonly ItemReport[]): MarkdownBlock[] {
  const rows = items.flatMap((item) =>
    item.metrics
      .filter((m) => m.measured || m.data)
      .map((m) => ({
        text: `| ${[
          escapeMarkdown(item.id ?? item.file),
          escapeMarkdown(m.kind),
          m.objective === undefined ? "" : codeSpan(m.objective, true),
          measuredCell(m),
          DATA[m.data ?? "none"],
        ].join(" | ")} |\n`,
      })),
  );
  if (rows.length === 0) return [];
  return [
    {
      text: "### Live measurements\n\n| item | metric | objective | measured | data |\n|---|---|---|---|---|\n",
    },
    ...rows,
    {
      text: "\n🟢 keeps its objective · 🔴 breaks it · ⚪ not measured · data: its sli queries return series\n\n",
    },
  ];
}

const DATA = { yes: "✅ yes", no: "❌ none", unknown: "⚪ unknown", none: "" } as const;

function measuredCell(m: MetricView): string {
  const measured = m.measured;
  if (!measured) return "";
  const window = `over ${escapeMarkdown(measured.window)}`;
  if (measured.state === "unmeasured")
    return `⚪ ${window}: ${escapeMarkdown(measured.reason ?? "not measured")}`;
  const light = measured.state === "met" ? "🟢" : "🔴";
  return `${light} ${escapeMarkdown(measuredValue(measured))} ${window}`;
}
