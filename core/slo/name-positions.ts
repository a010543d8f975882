import { withLfBreaks } from "../parse/line-breaks.js";
import type { Position } from "../parse/source-position.js";

/**
 * Where each `name: NAME` value of a document is, found in one pass over its text: block lines
 * (`name: a`, `- name: "a"`), flow mappings (`{name: a}`) and JSON (`"name":"a"`). A file of
 * 27,000 SLOs asks for 27,000 names, so the text is scanned once and each name looked up in a map;
 * a name written otherwise (escapes, several lines) is left to the position index.
 */
export class NamePositions {
  /** Names whose key starts its line (after indent and `- `): the usual place, preferred. */
  private readonly onKeyLines = new Map<string, number>();
  /** Names after `{` or `,` (flow style, JSON), or after other text on their line. */
  private readonly inline = new Map<string, number>();

  constructor(source: string) {
    const text = withLfBreaks(source);
    let line = 1;
    let lineStart = 0;
    let nextBreak = text.indexOf("\n"); // the first line break not yet counted
    let from = 0;
    for (let at = text.indexOf("name", from); at !== -1; at = text.indexOf("name", from)) {
      from = at + 4;
      const key = keyAt(text, at);
      if (!key) continue;
      const value = valueAt(text, key.valueStart);
      // Text read as a value is never searched again: each character is looked at a bounded number of times.
      from = Math.max(from, value.end);
      if (value.name === undefined) continue;
      while (nextBreak !== -1 && nextBreak < key.valueStart) {
        line++;
        lineStart = nextBreak + 1;
        nextBreak = text.indexOf("\n", lineStart);
      }
      // Packed in one number: no object per name for the collector (27,000 in a 1 MiB file).
      const map = key.startsLine ? this.onKeyLines : this.inline;
      if (!map.has(value.name))
        map.set(value.name, line * COLUMNS + key.valueStart - lineStart + 1);
    }
  }

  /** The position of the first `name` value that reads as `name`, or undefined. */
  at(name: string): Position | undefined {
    const packed = this.onKeyLines.get(name) ?? this.inline.get(name);
    if (packed === undefined) return undefined;
    return { line: Math.floor(packed / COLUMNS), column: packed % COLUMNS };
  }
}

/** A `name` key at `at` (plain, or in matching quotes), followed by `:` and its value's start. */
function keyAt(text: string, at: number): { valueStart: number; startsLine: boolean } | undefined {
  let start = at;
  let end = at + 4;
  const before = text.charCodeAt(at - 1);
  const quoted = before === DQUOTE || before === SQUOTE;
  if (quoted) {
    if (text.charCodeAt(end) !== before) return undefined;
    start--;
    end++;
  }
  const prev = start === 0 ? NEWLINE : text.charCodeAt(start - 1);
  if (!KEY_BEFORE.has(prev)) return undefined;
  while (isBlank(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) !== COLON) return undefined;
  end++;
  // `name:a` is one plain scalar in YAML; only a quoted key may be followed by its value directly.
  if (!quoted && !isBlank(text.charCodeAt(end))) return undefined;
  while (isBlank(text.charCodeAt(end))) end++;
  return { valueStart: end, startsLine: startsLine(text, start) };
}

/** Whether only indent and `- ` precede `at` on its line: a bounded look back, not a scan. */
function startsLine(text: string, at: number): boolean {
  let i = at - 1;
  for (let steps = 0; i >= 0 && steps < 256; steps++, i--) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) return true;
    if (c !== SPACE && c !== DASH) return false;
  }
  return i < 0;
}

/**
 * The name a value at `start` reads as, and where reading stopped. A plain value ends at a
 * comment, the line's end, or a flow indicator (`,` `]` `}`): in block style those belong to the
 * value, so a name holding them is left to the position index.
 */
function valueAt(text: string, start: number): { name: string | undefined; end: number } {
  const open = text.charCodeAt(start);
  if (open === DQUOTE || open === SQUOTE) {
    let escaped = false;
    for (let i = start + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) return { name: undefined, end: i };
      if (open === DQUOTE && c === BACKSLASH) {
        escaped = true;
        i++;
        continue;
      }
      if (c !== open) continue;
      if (open === SQUOTE && text.charCodeAt(i + 1) === SQUOTE) {
        escaped = true;
        i++;
        continue;
      }
      const raw = text.slice(start + 1, i);
      const name = !escaped ? raw : open === SQUOTE ? raw.replaceAll("''", "'") : jsonString(raw);
      return { name, end: i + 1 };
    }
    return { name: undefined, end: text.length };
  }
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) break;
    if (c === HASH && isBlank(text.charCodeAt(i - 1))) break;
  }
  const name = text.slice(start, i).trimEnd();
  return { name: name === "" ? undefined : name, end: i };
}

/** A double-quoted value with escapes, read as JSON reads it; undefined when JSON would not. */
function jsonString(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Line and column in one number: columns below 2^27, past the largest file limit (100 MiB). */
const COLUMNS = 2 ** 27;
const NEWLINE = 10;
const TAB = 9;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const SQUOTE = 39;
const COMMA = 44;
const DASH = 45;
const COLON = 58;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
/** What may stand before a key: a line start, indent or `- `, or a flow collection's `{` `,` `[`. */
const KEY_BEFORE = new Set([NEWLINE, SPACE, TAB, OPEN_BRACE, COMMA, OPEN_BRACKET]);
