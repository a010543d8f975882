import { percent } from "../error-budget/budget-reading.js";
import type { BudgetView } from "../error-budget/facts.js";
import type { ItemReport } from "../report.js";
import type { MarkdownBlock } from "./fit-markdown.js";
import { escapeMarkdown } from "./markdown-escape.js";

const CELLS = 10;

/** Each linked SLO's remaining budget as a traffic light and a ten-cell bar (a picture beats a number). */
export function budgetTable(items: readonly ItemReport[]): MarkdownBlock[] {
  const rows = items.flatMap((item) =>
    (item.budgets ?? []).map((b) => ({
      text: `| ${[
        escapeMarkdown(item.id ?? item.file),
        escapeMarkdown(b.metric),
        escapeMarkdown(b.slo),
        budgetCell(b),
        b.state,
      ].join(" | ")} |\n`,
    })),
  );
  if (rows.length === 0) return [];
  return [
    {
      text: "### Error budgets\n\n| item | metric | SLO | budget left | state |\n|---|---|---|---|---|\n",
    },
    ...rows,
    {
      text: "\n🟢 half or more left · 🟡 less than half · 🔴 below the policy's minimum · ⚪ unknown\n\n",
    },
  ];
}

export function budgetCell(b: BudgetView): string {
  if (b.remaining === undefined) return `⚪ unknown: ${escapeMarkdown(b.reason ?? "")}`;
  const light = b.state === "exhausted" ? "🔴" : b.remaining >= 0.5 ? "🟢" : "🟡";
  const filled = Math.round(Math.min(1, Math.max(0, b.remaining)) * CELLS);
  const bar = "█".repeat(filled) + "░".repeat(CELLS - filled);
  const window = b.window ? ` of ${escapeMarkdown(b.window)}` : "";
  return `${light} \`${bar}\` ${percent(b.remaining)}${window}`;
}
