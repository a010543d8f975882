import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type Pair,
} from "yaml";
import { BlockLocator } from "./block-locator.js";
import { withLfBreaks } from "./line-breaks.js";
import type { PathSegment, Position, Target } from "./source-position.js";

/**
 * Source positions for one file, built only when that file has findings. Most answers come from
 * reading the lines of block-style YAML (block-locator.ts); the position-aware `yaml` parse, ~10x
 * slower than the fast path, is paid only for what the lines cannot tell (flow style, JSON, props).
 */
export class PositionIndex {
  private fast?: BlockLocator;
  private full?: DocumentPositions;

  private readonly text: string;

  constructor(text: string) {
    this.text = withLfBreaks(text);
  }

  /** The nearest node that exists on the path; a missing key points at the mapping that lacks it. */
  locate(path: readonly PathSegment[], target: Target = "value"): Position {
    this.fast ??= new BlockLocator(this.text);
    const found = this.fast.locate(path, target);
    if (found) return found;
    this.full ??= new DocumentPositions(this.text);
    return this.full.locate(path, target);
  }
}

/** Positions from the full `yaml` document: right for any YAML, and the reference for the fast path. */
export class DocumentPositions {
  private readonly lineCounter = new LineCounter();
  private readonly root: Node | null;

  constructor(text: string) {
    const doc = parseDocument(text, {
      lineCounter: this.lineCounter,
      uniqueKeys: false,
      schema: "core",
      merge: false,
    });
    this.root = (doc.contents as Node | null) ?? null;
  }

  /** The nearest node that exists on the path; a missing key points at the mapping that lacks it. */
  locate(path: readonly PathSegment[], target: Target = "value"): Position {
    let node: Node | null = this.root;
    let pair: Pair | null = null;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) return this.at(node);
      node = next.node;
      pair = next.pair;
    }
    if (target === "key" && pair && isNodeLike(pair.key)) return this.at(pair.key as Node);
    return this.at(node);
  }

  private at(node: Node | null): Position {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
}

/** Each mapping's pairs by key, built on first use: a scan per lookup is quadratic in big files. */
const pairsByKey = new WeakMap<object, Map<string, Pair>>();

function pairOf(map: { items: unknown[] }, key: string): Pair | undefined {
  let pairs = pairsByKey.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const p of map.items) {
      const k = isPair(p) ? keyOf(p) : undefined;
      if (k !== undefined && !pairs.has(k)) pairs.set(k, p as Pair);
    }
    pairsByKey.set(map, pairs);
  }
  return pairs.get(key);
}

function child(
  node: Node | null,
  segment: PathSegment,
): { node: Node | null; pair: Pair | null } | null {
  if (isMap(node)) {
    const pair = pairOf(node, String(segment));
    if (!pair) return null;
    return {
      node: (isNodeLike(pair.value) ? (pair.value as Node) : (pair.key as Node)) ?? null,
      pair,
    };
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return isNodeLike(item) ? { node: item as Node, pair: null } : null;
  }
  return null;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function isNodeLike(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === "object" &&
    "range" in value &&
    Array.isArray((value as Node).range)
  );
}
