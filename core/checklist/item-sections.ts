import type { Finding } from "../findings/finding.js";
import { PositionIndex } from "../parse/position-index.js";
import type { PathSegment, Position } from "../parse/source-position.js";
import { record } from "../data/read.js";

/**
 * Which findings lie in which part of an item's source. Findings carry a line and column, not a
 * data path, so a part is the stretch from its key to the next sibling's key. A finding at the
 * start of a mapping's value (the first child's key) is about the mapping itself ("risk_review has
 * no sign_off"), so it belongs to the mapping, not to its first child.
 */
export class ItemSections {
  private readonly index: PositionIndex;

  constructor(
    text: string,
    private readonly data: Record<string, unknown>,
  ) {
    this.index = new PositionIndex(text);
  }

  /** Whether `path` exists in the item's data. */
  has(path: readonly PathSegment[]): boolean {
    return valueAt(this.data, path) !== undefined;
  }

  /** Whether the finding lies within the part of the source at `path`. */
  contains(path: readonly PathSegment[], finding: Finding): boolean {
    if (!this.has(path)) return false;
    const at = { line: finding.line, column: finding.column };
    const { start, end } = this.span(path);
    if (before(at, start) || (end !== undefined && !before(at, end))) return false;
    for (let n = 0; n < path.length; n++) {
      if (same(at, this.index.locate(path.slice(0, n), "value"))) return false;
    }
    return true;
  }

  /** Whether the finding sits at the key of `path` (a rule that reports at a key). */
  atKey(path: readonly PathSegment[], finding: Finding): boolean {
    return this.has(path) && same(finding, this.index.locate(path, "key"));
  }

  /** The line a fix should point at: the key at `path`, or the nearest part that exists. */
  lineOf(path: readonly PathSegment[]): number {
    return this.index.locate(path, "key").line;
  }

  private span(path: readonly PathSegment[]): { start: Position; end?: Position } {
    const start = this.index.locate(path, "key");
    if (path.length === 0) return { start };
    const parentPath = path.slice(0, -1);
    const parent = valueAt(this.data, parentPath);
    const siblings: PathSegment[] = Array.isArray(parent)
      ? parent.map((_, i) => i)
      : Object.keys(record(parent) ?? {});
    const next = siblings[siblings.indexOf(path[path.length - 1]!) + 1];
    if (next !== undefined) return { start, end: this.index.locate([...parentPath, next], "key") };
    return { start, end: this.span(parentPath).end };
  }
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === "number") node = node[segment];
    else node = record(node)?.[String(segment)];
    if (node === undefined) return undefined;
  }
  return node;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

function same(a: Position, b: Position): boolean {
  return a.line === b.line && a.column === b.column;
}
