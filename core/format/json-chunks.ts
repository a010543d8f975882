/**
 * `JSON.stringify(value, null, indent)` written in pieces, so a report with 100,000 findings is
 * never one string of 100 MB (nor, with a lazy list, one array of 100,000 output objects). The
 * pieces joined are exactly what JSON.stringify returns.
 */

/** A list whose entries are made one at a time while writing, then dropped. */
export class LazyList<T> {
  constructor(
    readonly source: readonly T[],
    readonly make: (entry: T) => unknown,
  ) {}
}

/** Objects and lists are written piece by piece down to this depth; below it, in one string. */
const STREAM_DEPTH = 6;

export function* jsonChunks(value: unknown, indent: number, depth = 0): Generator<string> {
  if (value instanceof LazyList) {
    yield* listChunks(value.source, value.make, indent, depth);
    return;
  }
  if (depth >= STREAM_DEPTH || value === null || typeof value !== "object" || hasToJson(value)) {
    yield leaf(value, indent, depth);
    return;
  }
  if (Array.isArray(value)) {
    yield* listChunks(value, (v) => v, indent, depth);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => isWritten(v));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  const inner = newline(indent, depth + 1);
  const separator = indent > 0 ? ": " : ":";
  let first = true;
  for (const [key, v] of entries) {
    yield `${first ? "{" : ","}${inner}${JSON.stringify(key)}${separator}`;
    yield* jsonChunks(v, indent, depth + 1);
    first = false;
  }
  yield `${newline(indent, depth)}}`;
}

function* listChunks<T>(
  list: readonly T[],
  make: (entry: T) => unknown,
  indent: number,
  depth: number,
): Generator<string> {
  if (list.length === 0) {
    yield "[]";
    return;
  }
  const inner = newline(indent, depth + 1);
  for (let i = 0; i < list.length; i++) {
    yield `${i === 0 ? "[" : ","}${inner}`;
    const entry = make(list[i]!);
    yield* jsonChunks(isWritten(entry) ? entry : null, indent, depth + 1);
  }
  yield `${newline(indent, depth)}]`;
}

/** One value in one string, its lines indented to where it stands. */
function leaf(value: unknown, indent: number, depth: number): string {
  const text = JSON.stringify(value, null, indent) ?? "null";
  // A newline in JSON text is always structure: inside strings it is escaped.
  return indent > 0 && depth > 0 ? text.replaceAll("\n", newline(indent, depth)) : text;
}

function newline(indent: number, depth: number): string {
  return indent > 0 ? `\n${" ".repeat(indent * depth)}` : "";
}

function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === "function";
}
