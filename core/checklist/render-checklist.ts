import { CHECK_RUN_LIMIT, fitMarkdown, type MarkdownBlock } from "../format/fit-markdown.js";
import { codeSpan, escapeMarkdown, inlineMarkdown } from "../format/markdown-escape.js";
import type { ChecklistLine, ItemChecklist } from "./checklist.js";

/** Finds the app's one checklist comment on an issue (with the app's own author). */
export const CHECKLIST_MARKER = "<!-- roadmap-gate:checklist -->";

export interface ChecklistLinks {
  /** An item file on the default branch, at a line when given. */
  file(path: string, line?: number): string;
  /** The issue form that drafts a new roadmap item. */
  newItem: string;
}

export interface ChecklistContext {
  issue: number;
  /** The default branch the items were read from. */
  ref: string;
  links: ChecklistLinks;
  /** Where item files go (the policy's `paths`), for the "add it as a file" advice. */
  paths: readonly string[];
}

const HEADING = "## Roadmap gate checklist\n\n";

/** The checklist comment: a section for each item that names the issue (or the issue's draft). */
export function renderChecklistComment(
  checklists: readonly ItemChecklist[],
  context: ChecklistContext,
): string {
  const blocks: MarkdownBlock[] = [
    { text: `${CHECKLIST_MARKER}\n${HEADING}` },
    ...checklists.map((c) => ({ text: section(c, context), counts: "item" })),
    { text: footer(context) },
  ];
  return fitMarkdown(blocks, CHECK_RUN_LIMIT, "see the item files");
}

/** For a labelled issue that no item names yet: how to add one. */
export function renderNoItemComment(context: ChecklistContext & { label: string }): string {
  const where = context.paths.map((p) => codeSpan(p)).join(", ");
  return [
    `${CHECKLIST_MARKER}\n${HEADING}`,
    `This issue carries the ${codeSpan(context.label)} label, but no roadmap item names it yet, so there is nothing to check.\n\n`,
    "To add one:\n\n",
    `- Describe the item in a YAML block in this issue's description (the [roadmap item form](${context.links.newItem}) writes one): roadmap-gate checks the draft here each time the issue is edited.\n`,
    `- Or add an item file (${where}) with \`issue: ${context.issue}\`; this comment then follows the file.\n\n`,
    footer(context),
  ].join("");
}

/** For an issue whose item stopped naming it: the old checklist must not linger as if current. */
export function renderUntrackedComment(context: ChecklistContext): string {
  return `${CHECKLIST_MARKER}\n${HEADING}No roadmap item on ${codeSpan(context.ref)} names this issue any more, so there is nothing to check.\n`;
}

function section(checklist: ItemChecklist, context: ChecklistContext): string {
  const name = [checklist.id, checklist.title].filter((s) => s !== undefined).join(" · ");
  const mark = checklist.unreadable ? "⚠️" : checklist.ready ? "✅" : "❌";
  const heading = `### ${mark} ${escapeMarkdown(name || checklist.file)}\n\n`;
  const draft = checklist.source === "issue-body";
  const where = draft
    ? `Draft in this issue's description, not an item file yet.`
    : `[${codeSpan(checklist.file)}](${context.links.file(checklist.file)})`;
  if (checklist.unreadable) {
    const f = checklist.unreadable;
    return `${heading}${where} cannot be read as an item: ${inlineMarkdown(f.message)} (line ${f.line}). ${inlineMarkdown(f.hint)}\n\n`;
  }
  const status =
    checklist.status === undefined ? "no status" : `status ${codeSpan(checklist.status)}`;
  const lines = [`${heading}${where} · ${status}\n`];
  if (!checklist.gated) {
    lines.push(
      `\n${checklist.status === undefined ? "The item" : codeSpan(checklist.status)} is not gated yet; the list shows what the gate needs before work on it may merge.\n`,
    );
  }
  lines.push("\n", ...checklist.lines.map((l) => lineText(l, checklist, context)), "\n");
  if (draft) {
    const id = checklist.id ?? "FEAT-1";
    lines.push(
      `When it is ready, add it as an item file (${context.paths.map((p) => codeSpan(p)).join(", ")}), e.g. ${codeSpan(`roadmap/${id.toLowerCase()}.yaml`)}, with \`issue: ${context.issue}\`.\n\n`,
    );
  }
  return lines.join("");
}

function lineText(
  line: ChecklistLine,
  checklist: ItemChecklist,
  context: ChecklistContext,
): string {
  const label = `**${inlineMarkdown(line.label)}**`;
  const warnings = (line.warnings ?? []).map((w) => ` ⚠️ ${inlineMarkdown(w)}`).join("");
  if (line.done) {
    const said = line.waived
      ? `waived ${escapeMarkdown(line.waived)}`
      : line.detail
        ? inlineMarkdown(line.detail)
        : "";
    return `- [x] ${label}${said ? `: ${said}` : ""}${warnings}\n`;
  }
  const at =
    line.line !== undefined && checklist.source === "file"
      ? ` ([line ${line.line}](${context.links.file(checklist.file, line.line)}))`
      : line.line !== undefined
        ? ` (line ${line.line} of the YAML block)`
        : "";
  return `- [ ] ${label}: ${inlineMarkdown(line.fix ?? "")}${at}${warnings}\n`;
}

function footer(context: ChecklistContext): string {
  return `<sub>roadmap-gate updates this list when the items on ${codeSpan(context.ref)} or this issue change. A sign-off counts once its reviewer approves the pull request that adds it.</sub>\n`;
}
