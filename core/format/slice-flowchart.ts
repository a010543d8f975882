import type { SliceView } from "../report.js";

const MAX_LABEL = 80;

/**
 * An item's slices as a Mermaid flowchart, each dependency an edge towards the slice that needs it.
 * Node ids are generated (s0, s1, ...), so no slice id can break the syntax; labels are entities.
 * Returns the fenced block, or "" for an item without slices.
 */
export function sliceFlowchart(slices: readonly SliceView[]): string {
  if (slices.length === 0) return "";
  const node = new Map<string, string>();
  slices.forEach((s, i) => {
    if (!node.has(s.id)) node.set(s.id, `s${i}`);
  });
  const lines = ["```mermaid", "flowchart LR"];
  slices.forEach((s, i) => {
    lines.push(`  s${i}["${mermaidText(s.id)}<br/>${mermaidText(shorten(s.value))}"]`);
  });
  slices.forEach((s, i) => {
    // An unknown dependency is a finding of its own; the graph shows only real slices.
    for (const dep of s.dependsOn) {
      const from = node.get(dep);
      if (from !== undefined) lines.push(`  ${from} --> s${i}`);
    }
  });
  lines.push("```");
  return `${lines.join("\n")}\n`;
}

/** Mermaid's entity codes (`#quot;`) for everything that could end a label or the code fence. */
export function mermaidText(s: string): string {
  return s
    .replace(/\r\n|[\r\n\u2028\u2029]/g, " ")
    .replace(/[#"<>&`|[\]{}()\\;]/g, (c) => `#${c.charCodeAt(0)};`);
}

function shorten(s: string): string {
  const chars = [...s];
  return chars.length <= MAX_LABEL ? s : `${chars.slice(0, MAX_LABEL - 1).join("")}…`;
}
