import type { Position } from "./source-position.js";

/**
 * The position of a character inside a scalar value, given where the value starts and the
 * character's offset in the value as parsed. Exact for plain and quoted one-line scalars and for
 * literal block scalars (`|`), the ways queries are written; escapes and folding (`>`) make it
 * approximate, never out of the value's lines.
 */
export function positionInScalar(text: string, start: Position, offset: number): Position {
  const lines = linesFrom(text, start.line);
  const first = lines[0] ?? "";
  const head = first.charAt(start.column - 1);
  if (head === "|" || head === ">") return inBlockScalar(lines, start, offset);
  const quoted = head === '"' || head === "'" ? 1 : 0;
  // A one-line value: the offset counts from after its opening quote, if any.
  let remaining = offset + quoted;
  let column = start.column - 1;
  for (let i = 0; i < lines.length; i++) {
    const line = i === 0 ? lines[0]! : lines[i]!;
    const from = i === 0 ? column : indentOf(line);
    if (from + remaining <= line.length || i === lines.length - 1)
      return { line: start.line + i, column: from + remaining + 1 };
    // Multi-line plain or quoted scalars fold the line break into one space.
    remaining -= line.length - from + 1;
    column = 0;
    if (remaining < 0) return { line: start.line + i, column: line.length + 1 };
  }
  return start;
}

function inBlockScalar(lines: string[], start: Position, offset: number): Position {
  const body = lines.slice(1);
  const firstContent = body.find((l) => l.trim() !== "");
  const indent = firstContent === undefined ? 0 : indentOf(firstContent);
  let remaining = offset;
  for (let i = 0; i < body.length; i++) {
    const length = Math.max(0, body[i]!.length - indent);
    if (remaining <= length) return { line: start.line + 1 + i, column: indent + remaining + 1 };
    remaining -= length + 1;
  }
  return start;
}

/** The lines from `line` (1-based) on, at most a few hundred: a query is never longer. */
function linesFrom(text: string, line: number): string[] {
  let at = 0;
  for (let i = 1; i < line && at !== -1; i++) {
    at = text.indexOf("\n", at);
    if (at !== -1) at++;
  }
  if (at === -1) return [];
  const out: string[] = [];
  while (out.length < 400 && at <= text.length) {
    const end = text.indexOf("\n", at);
    const raw = text.slice(at, end === -1 ? text.length : end);
    out.push(raw.endsWith("\r") ? raw.slice(0, -1) : raw);
    if (end === -1) break;
    at = end + 1;
  }
  return out;
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}
