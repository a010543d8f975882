import type { SourceFile } from "../source.js";

/** A fenced ```yaml (or ```yml) block: what the issue form's `render: yaml` field produces. */
const YAML_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*ya?ml\b[^\n]*\n([\s\S]*?)^ {0,3}\1[`~]*[ \t]*$/im;

/**
 * The draft item in an issue's description, before any item file exists: the first YAML block.
 * Its path names the issue, so findings and the checklist say where the text lives.
 */
export function issueBodyItem(
  body: string | null | undefined,
  issue: number,
): SourceFile | undefined {
  const match = YAML_FENCE.exec((body ?? "").replace(/\r\n?/g, "\n"));
  const yaml = match?.[2];
  if (yaml === undefined || yaml.trim() === "") return undefined;
  return { path: `issue #${issue} description`, content: yaml };
}
