import type { SourceFile } from "../source.js";

/** An opening fence of a ```yaml (or ```yml, ~~~yaml) block: what the issue form's `render: yaml` writes. */
const YAML_OPENING = /^ {0,3}(`{3,}|~{3,})[ \t]*ya?ml\b/i;

/**
 * The draft item in an issue's description, before any item file exists: the first YAML block.
 * Its path names the issue, so findings and the checklist say where the text lives.
 */
export function issueBodyItem(
  body: string | null | undefined,
  issue: number,
): SourceFile | undefined {
  const yaml = firstYamlBlock((body ?? "").replace(/\r\n?/g, "\n"));
  if (yaml === undefined || yaml.trim() === "") return undefined;
  return { path: `issue #${issue} description`, content: yaml };
}

/**
 * The content of the first fenced YAML block that is closed: the first opening fence with a
 * closing fence (at most three spaces, at least the opening's run of the same character, then
 * only fence characters and blanks) on a later line. In two passes over the lines, so a body of
 * many unclosed fences costs no more than its length (one pattern over the whole body was
 * quadratic in them: 0.5 s for 64 KB).
 */
function firstYamlBlock(text: string): string | undefined {
  const lines = text.split("\n");
  // longest[i]: the longest closing run of each character on lines i.. (0 when none).
  const longest = new Array<{ "`": number; "~": number }>(lines.length + 1);
  longest[lines.length] = { "`": 0, "~": 0 };
  for (let i = lines.length - 1; i >= 0; i--) {
    const after = longest[i + 1]!;
    const close = closingRun(lines[i]!);
    longest[i] =
      close && close.run > after[close.char] ? { ...after, [close.char]: close.run } : after;
  }
  // The last line has no line break after it, so it cannot open a block.
  for (let i = 0; i < lines.length - 1; i++) {
    const fence = YAML_OPENING.exec(lines[i]!)?.[1];
    if (fence === undefined) continue;
    const char = fence[0] as "`" | "~";
    if (longest[i + 1]![char] < fence.length) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const close = closingRun(lines[j]!);
      if (close?.char === char && close.run >= fence.length)
        return lines
          .slice(i + 1, j)
          .map((line) => `${line}\n`)
          .join("");
    }
  }
  return undefined;
}

/** A line that can close a fence: its character and the length of its leading run. */
function closingRun(line: string): { char: "`" | "~"; run: number } | undefined {
  let at = 0;
  while (at < line.length && at < 4 && line[at] === " ") at++;
  if (at > 3) return undefined;
  const char = line[at];
  if (char !== "`" && char !== "~") return undefined;
  let end = at;
  while (line[end] === char) end++;
  const run = end - at;
  if (run < 3) return undefined;
  let rest = end;
  while (line[rest] === "`" || line[rest] === "~") rest++;
  while (line[rest] === " " || line[rest] === "\t") rest++;
  return rest === line.length ? { char, run } : undefined;
}
