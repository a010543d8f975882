/**
 * Where a `key:` that starts at `from` ends, for the key most lines of an item hold: an identifier
 * such as `depends_on` or `x-team` (letters, digits, `_`, and `-` after the first character),
 * followed by `:` and a space or the line's end (`end`). The position of its colon, or -1.
 * The block reader and the position locator both take these keys without a regex.
 */
export function identifierKeyEnd(text: string, from: number, end: number): number {
  let at = from;
  for (; at < end; at++) {
    const c = text.charCodeAt(at);
    const word =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x5f ||
      (c === 0x2d && at > from);
    if (!word) break;
  }
  if (at === from || text.charCodeAt(at) !== 0x3a) return -1;
  return at + 1 >= end || text.charCodeAt(at + 1) === 0x20 ? at : -1;
}
