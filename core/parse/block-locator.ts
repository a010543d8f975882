import { identifierKeyEnd } from "./identifier-key.js";
import type { PathSegment, Position, Target } from "./source-position.js";

/**
 * Finds a path's line and column by reading the lines of block-style YAML, the way nearly every
 * item is written: ~20x cheaper than a position-aware parse. It answers only where it is sure and
 * returns undefined otherwise (flow collections on the way, anchors, tags, tabs, null values, keys
 * it cannot read): the caller then asks the full parse. Its answers equal the full parse's; the
 * tests compare the two on every path of many files.
 */
export class BlockLocator {
  private readonly lines: string[];
  private readonly indents: number[];
  private readonly usable: boolean;
  private readonly mappings = new Map<string, Map<string, number> | undefined>();
  private readonly sequences = new Map<string, number[]>();
  private readonly flows = new Map<string, FlowItems | undefined>();
  private readonly flowMaps = new Map<string, Map<string, FlowPair> | undefined>();
  /** Per line, the line where a quoted value that opens on it closes (-1: not known yet). */
  private readonly quotedTails: Int32Array;

  constructor(text: string) {
    this.lines = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
    this.indents = this.lines.map(indentOf);
    this.quotedTails = new Int32Array(this.lines.length).fill(-1);
    // Tabs in indentation and document markers or directives are the parser's business.
    this.usable = this.lines.every(
      (l, i) =>
        l.charCodeAt(this.indents[i]!) !== 0x09 &&
        !(l.startsWith("---") || l.startsWith("...") || l.startsWith("%")),
    );
  }

  locate(path: readonly PathSegment[], target: Target): Position | undefined {
    if (!this.usable) return undefined;
    const first = this.nextContent(0);
    if (first === undefined) return undefined;
    let node: Node = { line: first, column: this.indents[first]!, parentIndent: -1 };
    let key: Position | undefined;
    for (const segment of path) {
      const kind = this.kindOf(node);
      if (kind === "unsure") return undefined;
      if (kind === "leaf") return at(node); // the full parse too stops at a scalar
      const next =
        kind === "map" && typeof segment === "string"
          ? this.valueOf(node, segment)
          : kind === "seq" && typeof segment === "number"
            ? this.itemOf(node, segment)
            : kind === "flow" && typeof segment === "number"
              ? this.flowItemOf(node, segment)
              : kind === "flowMap" && typeof segment === "string"
                ? this.flowValueOf(node, segment)
                : undefined;
      if (!next) return undefined;
      node = next.node;
      key = next.key;
    }
    return target === "key" && key ? key : at(node);
  }

  private kindOf(node: Node): "map" | "seq" | "flow" | "flowMap" | "leaf" | "unsure" {
    if (node.flowItem) return "leaf";
    const rest = this.lines[node.line]!.slice(node.column);
    if (isDash(rest)) return "seq";
    if (rest.startsWith("[")) return this.flowItemsOf(node) ? "flow" : "unsure";
    if (rest.startsWith("{")) return this.flowPairsOf(node) ? "flowMap" : "unsure";
    if (readKey(rest) !== undefined) return "map";
    // A flow collection, props, an odd key: the full parse knows better.
    if (/^["'[{&*!?%@`]/.test(rest) || /:(?: |$)/.test(rest)) return "unsure";
    return "leaf";
  }

  /** The value of `key` in the block mapping whose first key is at `node`. */
  private valueOf(node: Node, key: string): { node: Node; key: Position } | undefined {
    const indent = node.column;
    const line = this.keysOf(node)?.get(key);
    if (line === undefined) return undefined;
    const keyAt = { line: line + 1, column: indent + 1 };
    const valueColumn = indent + readKey(this.lines[line]!.slice(indent))!.valueOffset;
    const inline = this.lines[line]!.slice(valueColumn);
    if (hasProps(inline)) return undefined;
    if (inline !== "" && !inline.startsWith("#"))
      return { node: { line, column: valueColumn, parentIndent: indent }, key: keyAt };
    const below = this.nextContent(line + 1);
    if (below === undefined) return undefined; // a null value: its position is the parser's call
    const belowIndent = this.indents[below]!;
    const belowText = this.lines[below]!.slice(belowIndent);
    if (hasProps(belowText)) return undefined;
    // A sequence may sit at its key's indent: "key:\n- a".
    const sameIndentSeq = belowIndent === indent && isDash(belowText);
    if (belowIndent <= indent && !sameIndentSeq) return undefined;
    return {
      node: { line: below, column: belowIndent, parentIndent: sameIndentSeq ? indent - 1 : indent },
      key: keyAt,
    };
  }

  /** Item `index` of the block sequence whose first dash is at `node`. */
  private itemOf(node: Node, index: number): { node: Node; key?: undefined } | undefined {
    const indent = node.column;
    const line = this.itemsOf(node)[index];
    if (line === undefined) return undefined;
    const text = this.lines[line]!.slice(indent);
    const content = separationEnd(text, 1);
    const inline = text.slice(content);
    if (hasProps(inline)) return undefined;
    if (inline !== "" && !inline.startsWith("#"))
      return { node: { line, column: indent + content, parentIndent: indent } };
    const below = this.nextContent(line + 1);
    if (below === undefined || this.indents[below]! <= indent) return undefined;
    if (hasProps(this.lines[below]!.slice(this.indents[below]!))) return undefined;
    return { node: { line: below, column: this.indents[below]!, parentIndent: indent } };
  }

  /** Entry `index` of the flow sequence of scalars at `node`. */
  private flowItemOf(node: Node, index: number): { node: Node; key?: undefined } | undefined {
    const items = this.flowItemsOf(node);
    const column = items?.columns[index];
    if (column === undefined) return undefined;
    const line = items!.lines[index]!;
    return { node: { line, column, parentIndent: node.column, flowItem: true } };
  }

  /** The value of `key` in the one-line flow mapping of scalars at `node`. */
  private flowValueOf(node: Node, key: string): { node: Node; key: Position } | undefined {
    const pair = this.flowPairsOf(node)?.get(key);
    if (pair === undefined) return undefined;
    return {
      node: { line: node.line, column: pair.value, parentIndent: node.column, flowItem: true },
      key: { line: node.line + 1, column: pair.key + 1 },
    };
  }

  /**
   * Where each key and value starts in a flow mapping of identifier keys and plain or quoted
   * scalars that opens at `node` and closes on its line (`{ how: ..., from_slice: a }`, as the
   * README writes instrumentation); undefined for anything more, left to the parser.
   */
  private flowPairsOf(node: Node): Map<string, FlowPair> | undefined {
    const id = `${node.line}:${node.column}`;
    if (this.flowMaps.has(id)) return this.flowMaps.get(id);
    const pairs = readFlowPairs(this.lines[node.line]!, node.column);
    this.flowMaps.set(id, pairs);
    return pairs;
  }

  /**
   * Where each entry starts in a flow sequence of plain or quoted scalars that opens at `node`
   * (`[a, "b", 'c']`, the way lists of handles and ids are written), each entry on one line; a
   * line may end after a comma, and the next line go on deeper than the line that opened it.
   * Undefined for anything more (nesting, pairs, comments, props, a scalar over lines), left to
   * the parser. Read once per sequence: a list of 100,000 handles must not send a megabyte to the
   * parser (the `yaml` document of such a list held some 200 MB).
   */
  private flowItemsOf(node: Node): FlowItems | undefined {
    const id = `${node.line}:${node.column}`;
    if (this.flows.has(id)) return this.flows.get(id);
    const items = readFlowItems(this.lines, this.indents, node.line, node.column);
    this.flows.set(id, items);
    return items;
  }

  /**
   * The line of each key of a block mapping (the first, if a key repeats), read once per mapping:
   * a lookup per finding must not rescan a mapping of 20,000 keys. Undefined when a line at the
   * keys' indent is neither a key nor a dash: the mapping is not what it seems.
   */
  private keysOf(node: Node): Map<string, number> | undefined {
    const id = `${node.line}:${node.column}`;
    if (this.mappings.has(id)) return this.mappings.get(id);
    const keys = new Map<string, number>();
    let sure = true;
    for (
      let line = node.line as number | undefined;
      line !== undefined;
      line = this.nextContent(line + 1)
    ) {
      const lineIndent = line === node.line ? node.column : this.indents[line]!;
      if (lineIndent <= node.parentIndent) break;
      if (lineIndent === node.column) {
        const text = this.lines[line]!.slice(node.column);
        const found = readKey(text);
        if (found) {
          if (!keys.has(found.key)) keys.set(found.key, line);
        } else if (!isDash(text)) {
          sure = false;
          break;
        }
        line = this.quotedTail(line); // lines inside a quoted value are not keys, whatever their indent
      } else if (lineIndent < node.column) {
        sure = false;
        break;
      }
    }
    const result = sure ? keys : undefined;
    this.mappings.set(id, result);
    return result;
  }

  /** The line of each item of a block sequence, read once per sequence. */
  private itemsOf(node: Node): number[] {
    const id = `${node.line}:${node.column}`;
    const cached = this.sequences.get(id);
    if (cached) return cached;
    const items: number[] = [];
    for (
      let line = node.line as number | undefined;
      line !== undefined;
      line = this.nextContent(line + 1)
    ) {
      const lineIndent = line === node.line ? node.column : this.indents[line]!;
      if (lineIndent <= node.parentIndent) break;
      if (lineIndent < node.column) return this.keep(id, []); // not what it seems: ask the parser
      if (lineIndent === node.column) {
        if (!isDash(this.lines[line]!.slice(node.column))) break;
        items.push(line);
        line = this.quotedTail(line);
      }
    }
    return this.keep(id, items);
  }

  private keep(id: string, items: number[]): number[] {
    this.sequences.set(id, items);
    return items;
  }

  /**
   * The last line of the key or item that starts on `line`: a quoted value opened there may go on
   * for lines, at any indent (js-yaml reads "a\nb" continued at column 0, where `yaml` gives up).
   * Asked only of a mapping's key lines and a sequence's dash lines, where a value surely starts.
   */
  private quotedTail(line: number): number {
    const known = this.quotedTails[line]!;
    if (known >= 0) return known;
    const text = this.lines[line]!;
    let at = this.indents[line]!;
    while (isDash(text.slice(at, at + 2))) at = separationEnd(text, at + 1);
    const key = readKey(text.slice(at));
    if (key) at += key.valueOffset;
    const quote = text.charCodeAt(at);
    const tail = quote === 0x22 || quote === 0x27 ? this.closingLine(line, at + 1, quote) : line;
    this.quotedTails[line] = tail;
    return tail;
  }

  /** The line of the quote that closes a scalar whose text starts at `line`, `column`. */
  private closingLine(line: number, column: number, quote: number): number {
    for (let l = line, from = column; l < this.lines.length; l++, from = 0) {
      const text = this.lines[l]!;
      for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c && quote === 0x22) i++;
        else if (c === quote) {
          if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27) i++;
          else return l;
        }
      }
    }
    return this.lines.length - 1;
  }

  /** The first line from `from` on that holds more than blanks and a comment. */
  private nextContent(from: number): number | undefined {
    for (let line = from; line < this.lines.length; line++) {
      const text = this.lines[line]!;
      const indent = this.indents[line]!;
      if (indent < text.length && text.charAt(indent) !== "#") return line;
    }
    return undefined;
  }
}

interface Node {
  /** 0-based line and column where the node's text starts. */
  line: number;
  column: number;
  /** Lines that belong to this node are indented deeper than this. */
  parentIndent: number;
  /** An entry of a one-line flow sequence: a scalar. */
  flowItem?: boolean;
}

function at(node: Node): Position {
  return { line: node.line + 1, column: node.column + 1 };
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

const QUOTED_DOUBLE = /^"([^"\\]*)" *:(?: |$)/;
const QUOTED_SINGLE = /^'([^']*)' *:(?: |$)/;

/** A line that starts with `key:`, and where its value starts; undefined if it is not one. */
function readKey(text: string): { key: string; valueOffset: number } | undefined {
  const simple = identifierKeyEnd(text, 0, text.length);
  if (simple > 0) {
    return { key: text.slice(0, simple), valueOffset: separationEnd(text, simple + 1) };
  }
  const first = text.charCodeAt(0);
  if (first === 0x22 || first === 0x27) {
    const match = (first === 0x22 ? QUOTED_DOUBLE : QUOTED_SINGLE).exec(text);
    if (!match) return undefined;
    return { key: match[1]!, valueOffset: separationEnd(text, match[0].length) };
  }
  return readPlainKey(text);
}

/** Characters a plain key does not start with here (the parser knows what they mean). */
const NOT_KEY_START = new Set("#&*!|>'\"%@`{}[],?:-");

/**
 * A plain key: up to the first `:` followed by a space or the line's end, with no `#` before it;
 * a `-` starts one only when neither a space nor `#` follows. One pass over the line: a regex
 * with a lazy `[^#]*?` before ` *:` rescanned every run of spaces, quadratic on a long line.
 */
function readPlainKey(text: string): { key: string; valueOffset: number } | undefined {
  const first = text.charAt(0);
  if (first === "" || /\s/.test(first)) return undefined;
  if (first === "-") {
    const second = text.charAt(1);
    if (second === "" || second === "#" || /\s/.test(second)) return undefined;
  } else if (NOT_KEY_START.has(first)) return undefined;
  const minimum = first === "-" ? 2 : 1;
  let lastWord = 0;
  for (let at = 1; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 0x23) return undefined;
    if (
      c === 0x3a &&
      at >= minimum &&
      (at + 1 === text.length || text.charCodeAt(at + 1) === 0x20)
    ) {
      return { key: text.slice(0, lastWord + 1), valueOffset: separationEnd(text, at + 1) };
    }
    if (c !== 0x20) lastWord = at;
  }
  return undefined;
}

/** Characters that make a flow entry more than a plain scalar here (or an error). */
const NOT_IN_FLOW_ENTRY = new Set("[]{}#&*!|>%@`?");

/** Where a key of a one-line flow mapping and its value start (0-based columns). */
interface FlowPair {
  key: number;
  value: number;
}

/** See BlockLocator.flowPairsOf: the columns of each key (the first, if one repeats), or undefined. */
function readFlowPairs(text: string, open: number): Map<string, FlowPair> | undefined {
  const pairs = new Map<string, FlowPair>();
  let at = separationEnd(text, open + 1);
  if (text.charAt(at) !== "}") {
    for (;;) {
      const colon = identifierKeyEnd(text, at, text.length);
      if (colon < 0) return undefined;
      const key = text.slice(at, colon);
      const value = separationEnd(text, colon + 1);
      if (!pairs.has(key)) pairs.set(key, { key: at, value });
      at = value;
      const c = text.charAt(at);
      if (c === '"' || c === "'") {
        at = quoteEnd(text, at);
        if (at < 0) return undefined;
      } else {
        if (c === "" || c === "," || c === ":" || c === "-" || NOT_IN_FLOW_ENTRY.has(c))
          return undefined;
        for (; at < text.length; at++) {
          const d = text.charAt(at);
          if (d === "," || d === "}") break;
          if (d === "[" || d === "]" || d === "{" || d === ":" || d === "#") return undefined;
        }
      }
      at = separationEnd(text, at);
      const separator = text.charAt(at);
      if (separator === "}") break;
      if (separator !== ",") return undefined;
      at = separationEnd(text, at + 1);
    }
  }
  const after = separationEnd(text, at + 1);
  if (after < text.length && !(text.charAt(after) === "#" && after > at + 1)) return undefined;
  return pairs;
}

/** The line and column where each entry of a flow sequence starts. */
interface FlowItems {
  lines: number[];
  columns: number[];
}

/** See BlockLocator.flowItemsOf: where each entry starts, or undefined. */
function readFlowItems(
  lines: readonly string[],
  indents: readonly number[],
  openLine: number,
  open: number,
): FlowItems | undefined {
  const items: FlowItems = { lines: [], columns: [] };
  let line = openLine;
  let text = lines[line]!;
  /** After a comma that ends its line: the next line, if it goes on deeper than the opening. */
  const nextLine = (): boolean => {
    line++;
    if (line >= lines.length) return false;
    text = lines[line]!;
    return indents[line]! > indents[openLine]! && indents[line]! < text.length;
  };
  let at = separationEnd(text, open + 1);
  if (text.charAt(at) !== "]") {
    for (;;) {
      const c = text.charAt(at);
      items.lines.push(line);
      items.columns.push(at);
      if (c === '"' || c === "'") {
        at = quoteEnd(text, at);
        if (at < 0) return undefined;
      } else {
        if (c === "" || c === "," || c === ":" || c === "-" || NOT_IN_FLOW_ENTRY.has(c))
          return undefined;
        for (; at < text.length; at++) {
          const d = text.charAt(at);
          if (d === "," || d === "]") break;
          if (d === "[" || d === "{" || d === "}") return undefined;
          const next = text.charAt(at + 1);
          if (d === ":" && (next === " " || next === "," || next === "]" || next === ""))
            return undefined;
          if ((d === " " || d === "\t") && next === "#") return undefined;
        }
      }
      at = separationEnd(text, at);
      const separator = text.charAt(at);
      if (separator === "]") break;
      if (separator !== ",") return undefined;
      at = separationEnd(text, at + 1);
      if (at === text.length) {
        if (!nextLine()) return undefined;
        at = indents[line]!;
      }
      if (text.charAt(at) === "]" || text.charAt(at) === ",") return undefined;
    }
  }
  const after = separationEnd(text, at + 1);
  if (after < text.length && !(text.charAt(after) === "#" && after > at + 1)) return undefined;
  return items;
}

/** Just past the quote that closes a one-line quoted scalar opening at `open`, or -1. */
function quoteEnd(text: string, open: number): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c && quote === 0x22) i++;
    else if (c === quote) {
      if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27) i++;
      else return i + 1;
    }
  }
  return -1;
}

/** Where a value starts after `from`: spaces and tabs between a `:` or `-` and a value are not part of it. */
function separationEnd(text: string, from: number): number {
  let at = from;
  for (let c = text.charCodeAt(at); c === 0x20 || c === 0x09; c = text.charCodeAt(++at));
  return at;
}

function isDash(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

/** Anchors, aliases and tags: the parser places such a node after them. */
function hasProps(text: string): boolean {
  return /^[&*!?]/.test(text);
}
