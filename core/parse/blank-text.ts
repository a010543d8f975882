import { withLfBreaks } from "./line-breaks.js";

/**
 * Whether a text holds only whitespace and comments: a linear scan, since a regex here
 * (`^\s*(#.*\s*)*$`) backtracks exponentially on a banner of `#` characters.
 */
export function isBlankText(source: string): boolean {
  // Lines end at LF, CRLF or a lone CR, as js-yaml reads them.
  const text = withLfBreaks(source);
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end).trim();
    if (line !== "" && !line.startsWith("#")) return false;
    if (end === -1) break;
    start = end + 1;
  }
  return true;
}
