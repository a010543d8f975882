import { identifierKeyEnd } from "./identifier-key.js";
import { resolvePlainScalar } from "./plain-scalar.js";

/**
 * A fast reader for the plain block YAML that roadmap items are written in: block mappings with
 * identifier keys, block sequences, one-line plain, single- and double-quoted scalars, one-line
 * flow sequences and flow mappings (identifier keys) of such scalars, comments. It returns exactly
 * what js-yaml's CORE_SCHEMA load returns for such a text, or `undefined` for anything else (block
 * scalars, multi-line scalars or flows, nested flows, tags, anchors, quoted keys, duplicate keys,
 * tabs, errors of any kind), which then
 * goes to js-yaml. Being wrong is never an option, being unsure always is: every doubt gives up.
 * Why: js-yaml is most of a large run's time; this subset reads about three times faster.
 */
export function parseBlockYaml(source: string): Record<string, unknown> | undefined {
  let text = source;
  if (UNSUPPORTED_CHARACTER.test(text)) {
    // CRLF line ends are fine; any other odd character is left to js-yaml.
    text = text.replace(/\r\n/g, "\n");
    if (UNSUPPORTED_CHARACTER.test(text)) return undefined;
  }
  const reader = new BlockReader(text);
  try {
    if (reader.atEnd || reader.indent !== 0 || reader.isSequenceEntry()) return undefined;
    const root = reader.mapping(0, reader.content, 1);
    return reader.atEnd ? root : undefined;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** Tabs, control characters, lone CRs, BOMs and non-BMP text: legal in places, left to js-yaml. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSUPPORTED_CHARACTER = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/** Deeper than any item; js-yaml then enforces its own limit and reports it. */
const MAX_DEPTH = 32;
/** More keys than this in one mapping, and duplicates are left to js-yaml to find. */
const MAX_KEYS = 64;
/** js-yaml refuses implicit keys longer than 1024 characters; leave long ones to it. */
const MAX_KEY_LENGTH = 1000;

const GIVE_UP = Symbol("give up");
function giveUp(): never {
  throw GIVE_UP;
}

const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const SINGLE_QUOTE = 0x27;
const COMMA = 0x2c;
const DASH = 0x2d;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Characters that cannot begin a plain scalar here (some could, but are left to js-yaml). */
const NOT_PLAIN_START = charTable("?:,[]{}#&*!|>'\"%@`");
/**
 * Characters a plain scalar in a flow collection never holds here. Past its first character (see
 * NOT_PLAIN_START), quotes, `&`, `*`, `!`, `|`, `>`, `%`, `@` and backquotes are plain text.
 */
const NOT_IN_FLOW_ITEM = charTable(",[]{}#:");

function charTable(characters: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of characters) table[c.charCodeAt(0)] = 1;
  return table;
}

/** Keys seen before, by hash (see keyText). */
const KEY_TABLE: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);

/** The core-schema meaning of a plain scalar, as js-yaml reads it (plain-scalar.ts). */
function resolvePlain(raw: string): unknown {
  const first = raw.charCodeAt(0) | 0x20;
  // A letter other than n, t, f cannot start a null, boolean or number: the common case, a string.
  if (first >= 0x61 && first <= 0x7a && first !== 0x6e && first !== 0x74 && first !== 0x66)
    return raw;
  return resolvePlainScalar(raw);
}

/** YAML's one-character escapes; `\x`, `\u`, `\U` and line continuations are left to js-yaml. */
const ESCAPES: Record<string, string> = {
  "0": "\x00",
  a: "\x07",
  b: "\x08",
  t: "\x09",
  n: "\x0A",
  v: "\x0B",
  f: "\x0C",
  r: "\x0D",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
};

/** A cursor over content lines (blank and comment-only lines are skipped). */
class BlockReader {
  private readonly text: string;
  /** Where the line after the current one starts. */
  private nextLine = 0;
  /** The current line: its start, its first non-space character, its end. */
  lineStart = 0;
  content = 0;
  end = 0;
  indent = -1;
  atEnd = false;
  /** Where the last quoted scalar's closing quote was, plus one. */
  private quotedEnd = 0;
  /** Where the last plain scalar of a flow ended: at the `,` or closing bracket that ends it. */
  private plainEnd = 0;
  /** The keys of the mappings being read, innermost last (see mapping). */
  private readonly keys: string[] = [];

  constructor(text: string) {
    this.text = text;
    this.advance();
  }

  /** Moves to the next content line. */
  advance(): void {
    const text = this.text;
    const length = text.length;
    let at = this.nextLine;
    while (at < length) {
      let lineEnd = text.indexOf("\n", at);
      if (lineEnd === -1) lineEnd = length;
      let content = at;
      while (content < lineEnd && text.charCodeAt(content) === SPACE) content++;
      if (content < lineEnd && text.charCodeAt(content) !== HASH) {
        this.lineStart = at;
        this.content = content;
        this.end = lineEnd;
        this.indent = content - at;
        this.nextLine = lineEnd + 1;
        return;
      }
      at = lineEnd + 1;
    }
    this.atEnd = true;
    this.indent = -1;
    this.nextLine = length;
  }

  /** `-` followed by a space or the end of the line. */
  isSequenceEntry(at = this.content): boolean {
    return this.text.charCodeAt(at) === DASH && this.isSpaceOrEnd(at + 1);
  }

  private isSpaceOrEnd(at: number): boolean {
    return at >= this.end || this.text.charCodeAt(at) === SPACE;
  }

  /** Whether the rest of the line from `at` is only spaces, or spaces and then a comment. */
  private isRestEmpty(at: number): boolean {
    const text = this.text;
    while (at < this.end && text.charCodeAt(at) === SPACE) at++;
    return at === this.end || text.charCodeAt(at) === HASH;
  }

  /** A block mapping whose keys sit at `indent`; the first key starts at `first` on this line. */
  mapping(indent: number, first: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) giveUp();
    const result: Record<string, unknown> = {};
    // This mapping's keys sit on a stack shared by all mappings: from `mine` to its top.
    const keys = this.keys;
    const mine = keys.length;
    let keyAt = first;
    for (;;) {
      const colon = this.keyEnd(keyAt);
      if (colon < 0) giveUp();
      const key = this.keyText(keyAt, colon);
      // js-yaml sets `__proto__` its own way; a duplicate key is its error to report.
      if (key === "__proto__" || keys.length - mine >= MAX_KEYS) giveUp();
      for (let k = mine; k < keys.length; k++) if (keys[k] === key) giveUp();
      keys.push(key);
      result[key] = this.isRestEmpty(colon + 1)
        ? this.nestedValue(indent, true, depth)
        : this.scalarLine(colon + 1);
      if (this.atEnd || this.indent < indent) {
        keys.length = mine;
        return result;
      }
      if (this.indent > indent || this.isSequenceEntry()) giveUp();
      keyAt = this.content;
    }
  }

  /** A block sequence whose dashes sit at `indent`, starting on the current line. */
  sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) giveUp();
    const text = this.text;
    const result: unknown[] = [];
    for (;;) {
      let at = this.content + 1;
      while (at < this.end && text.charCodeAt(at) === SPACE) at++;
      if (at === this.end || text.charCodeAt(at) === HASH) {
        result.push(this.nestedValue(indent, false, depth));
      } else if (this.isSequenceEntry(at)) {
        giveUp();
      } else if (this.keyEnd(at) >= 0) {
        result.push(this.mapping(at - this.lineStart, at, depth + 1));
      } else {
        result.push(this.scalarLine(at));
      }
      if (this.atEnd || this.indent < indent) return result;
      if (this.indent > indent) giveUp();
      if (!this.isSequenceEntry()) return result;
    }
  }

  /**
   * The value after `key:` or `-` with nothing more on the line: a block on the lines below, a
   * sequence at the key's own indent (only after a key), or null (only after a key).
   */
  private nestedValue(indent: number, afterKey: boolean, depth: number): unknown {
    this.advance();
    if (this.atEnd) return null;
    if (this.indent > indent) {
      if (this.isSequenceEntry()) return this.sequence(this.indent, depth + 1);
      return this.mapping(this.indent, this.content, depth + 1);
    }
    if (afterKey && this.indent === indent && this.isSequenceEntry())
      return this.sequence(indent, depth + 1);
    // js-yaml reads what follows an empty `-` in ways of its own (it may carry on an outer
    // sequence), and items never hold null entries: leave them to it.
    if (!afterKey) giveUp();
    return null;
  }

  /**
   * The scalar that fills the rest of the line, then on to the next line. Callers refuse a next
   * line deeper than their block: it would continue a multi-line scalar, or be an error.
   */
  private scalarLine(from: number): unknown {
    let at = from;
    while (this.text.charCodeAt(at) === SPACE) at++;
    const value = this.scalar(at);
    this.advance();
    return value;
  }

  private scalar(at: number): unknown {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      const value = this.quoted(at);
      if (!this.isSpaceOrEnd(this.quotedEnd) || !this.isRestEmpty(this.quotedEnd)) giveUp();
      return value;
    }
    if (code === OPEN_BRACKET) return this.flowSequence(at);
    if (code === OPEN_BRACE) return this.flowMapping(at);
    if (this.isIndicator(at)) giveUp();
    let stop = at;
    for (let i = at; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) break;
        continue;
      }
      // `key: value: more` or a value ending in `:` is a nested mapping or an error.
      if (c === COLON && this.isSpaceOrEnd(i + 1)) giveUp();
      stop = i + 1;
    }
    return resolvePlain(text.slice(at, stop));
  }

  /** `[a, "b", c]` on one line, of scalars only; the rest of the line must be empty. */
  private flowSequence(open: number): unknown[] {
    const text = this.text;
    const result: unknown[] = [];
    let at = open + 1;
    while (text.charCodeAt(at) === SPACE) at++;
    if (text.charCodeAt(at) === CLOSE_BRACKET) {
      if (!this.isRestEmpty(at + 1)) giveUp();
      return result;
    }
    for (;;) {
      while (text.charCodeAt(at) === SPACE) at++;
      const code = text.charCodeAt(at);
      let itemEnd: number;
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        result.push(this.quoted(at));
        itemEnd = this.quotedEnd;
      } else {
        result.push(this.flowPlain(at, CLOSE_BRACKET));
        itemEnd = this.plainEnd;
      }
      at = itemEnd;
      while (text.charCodeAt(at) === SPACE) at++;
      const separator = at < this.end ? text.charCodeAt(at) : -1;
      if (separator === CLOSE_BRACKET) {
        if (!this.isRestEmpty(at + 1)) giveUp();
        return result;
      }
      if (separator !== COMMA) giveUp();
      at++;
    }
  }

  /**
   * A plain scalar inside a one-line flow collection closed by `close`; sets `plainEnd`. Only
   * plain text that js-yaml reads the same in any flow is taken: no `:`, `#`, brackets or braces.
   */
  private flowPlain(at: number, close: number): unknown {
    const text = this.text;
    if (at >= this.end || this.isIndicator(at)) giveUp();
    // In a flow, `-,` or `-]` is an indicator too.
    if (text.charCodeAt(at) === DASH && NOT_IN_FLOW_ITEM[text.charCodeAt(at + 1)]) giveUp();
    let stop = at;
    let i = at;
    for (; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === close) break;
      if (c < 128 && NOT_IN_FLOW_ITEM[c]) giveUp();
      if (c !== SPACE) stop = i + 1;
    }
    this.plainEnd = i;
    return resolvePlain(text.slice(at, stop));
  }

  /**
   * `{a: x, b: "y"}` on one line: identifier keys, each with a plain or quoted scalar, no trailing
   * comma; the rest of the line must be empty. Nested flows, keys without values, and duplicate
   * keys are left to js-yaml.
   */
  private flowMapping(open: number): Record<string, unknown> {
    const text = this.text;
    const result: Record<string, unknown> = {};
    let at = open + 1;
    while (text.charCodeAt(at) === SPACE) at++;
    if (text.charCodeAt(at) === CLOSE_BRACE) {
      if (!this.isRestEmpty(at + 1)) giveUp();
      return result;
    }
    // The keys sit on the shared stack above the enclosing block mapping's, as in `mapping`.
    const keys = this.keys;
    const mine = keys.length;
    for (;;) {
      while (text.charCodeAt(at) === SPACE) at++;
      const colon = this.keyEnd(at);
      if (colon < 0) giveUp();
      const key = this.keyText(at, colon);
      if (key === "__proto__" || keys.length - mine >= MAX_KEYS) giveUp();
      for (let k = mine; k < keys.length; k++) if (keys[k] === key) giveUp();
      keys.push(key);
      at = colon + 1;
      while (text.charCodeAt(at) === SPACE) at++;
      const code = text.charCodeAt(at);
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        result[key] = this.quoted(at);
        at = this.quotedEnd;
      } else {
        result[key] = this.flowPlain(at, CLOSE_BRACE);
        at = this.plainEnd;
      }
      while (text.charCodeAt(at) === SPACE) at++;
      const separator = at < this.end ? text.charCodeAt(at) : -1;
      if (separator === CLOSE_BRACE) {
        if (!this.isRestEmpty(at + 1)) giveUp();
        keys.length = mine;
        return result;
      }
      if (separator !== COMMA) giveUp();
      at++;
    }
  }

  /** A quoted scalar closed on its own line; sets `quotedEnd`. */
  private quoted(open: number): string {
    const text = this.text;
    const quote = text.charCodeAt(open);
    let value = "";
    let chunk = open + 1;
    for (let i = chunk; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === quote) {
        if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE && i + 1 < this.end) {
          value += text.slice(chunk, i + 1);
          chunk = ++i + 1;
          continue;
        }
        this.quotedEnd = i + 1;
        return value + text.slice(chunk, i);
      }
      if (c === BACKSLASH && quote === DOUBLE_QUOTE) {
        const escaped = i + 1 < this.end ? ESCAPES[text[i + 1]!] : undefined;
        if (escaped === undefined) giveUp();
        value += text.slice(chunk, i) + escaped;
        chunk = ++i + 1;
      }
    }
    return giveUp();
  }

  /** A character that cannot begin a plain scalar: `-` only when a space or the end follows. */
  private isIndicator(at: number): boolean {
    const code = this.text.charCodeAt(at);
    if (code === DASH) return this.isSpaceOrEnd(at + 1);
    return code < 128 && NOT_PLAIN_START[code] === 1;
  }

  /** Whether the text at `from` is `word` (short keys: a loop beats startsWith here). */
  private textIs(word: string, from: number): boolean {
    const text = this.text;
    for (let i = 0; i < word.length; i++)
      if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
    return true;
  }

  /** Where an identifier key followed by `:` and a space or the line's end ends, or -1. */
  private keyEnd(from: number): number {
    return identifierKeyEnd(this.text, from, this.end);
  }

  /**
   * The key text from `from` to `to`, as a string already seen when it was:
   * items repeat the same few dozen keys, and a known string is looked up in objects much faster
   * than a fresh copy. The table has a fixed size, so hostile keys cannot grow it.
   */
  private keyText(from: number, to: number): string {
    if (to - from > MAX_KEY_LENGTH) giveUp();
    // A slot from the length and three characters: enough to tell an item's few dozen keys apart,
    // and a clash costs only a miss, since a hit is checked against the text.
    const text = this.text;
    const length = to - from;
    const hash =
      length ^
      (text.charCodeAt(from) << 2) ^
      (text.charCodeAt(from + (length >> 1)) << 4) ^
      (text.charCodeAt(to - 1) << 6);
    const slot = hash & (KEY_TABLE.length - 1);
    const known = KEY_TABLE[slot];
    if (known !== undefined && known.length === to - from && this.textIs(known, from)) return known;
    const raw = this.text.slice(from, to);
    // js-yaml resolves a plain key like a value, then makes it a string: `1` → "1", `null` → "null".
    const key = String(resolvePlain(raw));
    // Only keys that are their own text are kept: `True` or `0x1` resolve to another string.
    if (key === raw) KEY_TABLE[slot] = key;
    return key;
  }
}
