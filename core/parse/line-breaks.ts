/**
 * YAML ends a line at LF, CRLF or a lone CR, and js-yaml reads all three; the rest of the engine
 * counts lines at LF. A lone CR becomes an LF here: same length, so every offset stays put.
 */
export function withLfBreaks(text: string): string {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}

/** 1-based line and column of an offset, counting lines as YAML does. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = withLfBreaks(text.slice(0, offset));
  let line = 1;
  for (let at = before.indexOf("\n"); at !== -1; at = before.indexOf("\n", at + 1)) line++;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

/** The text of a 1-based line, without its line break; undefined past the end. */
export function lineText(text: string, line: number): string | undefined {
  const lines = withLfBreaks(text).split("\n", line);
  return lines.length === line ? lines[line - 1]!.replace(/\r$/, "") : undefined;
}
