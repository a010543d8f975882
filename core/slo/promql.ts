import type { Tree } from "@lezer/common";
import { parser } from "@prometheus-io/lezer-promql";
import { typeProblem } from "./promql-types.js";

/** Longest query checked: Lezer's error recovery costs ~30 ms per KiB of garbage, so bounded. */
export const MAX_QUERY_LENGTH = 4096;
/** Deepest bracket nesting checked: the parser recurses per level. */
const MAX_NESTING = 64;

export type QueryCheck =
  { ok: true } | { ok: false; offset: number; message: string; tooComplex?: true };

/**
 * Parses a PromQL query with Prometheus's own grammar (@prometheus-io/lezer-promql, the grammar
 * Prometheus's UI uses). Sloth's `{{.window}}` placeholder is read as a duration, as Sloth
 * validates it (it renders `1m`); the placeholder is padded so offsets stay those of the query.
 * Bounded: queries past MAX_QUERY_LENGTH or MAX_NESTING are not parsed.
 */
export function checkPromql(query: string): QueryCheck {
  if (query.length > MAX_QUERY_LENGTH)
    return {
      ok: false,
      offset: 0,
      message: `the query is ${query.length} characters long; queries up to ${MAX_QUERY_LENGTH} are checked`,
      tooComplex: true,
    };
  const text = withWindow(query);
  const deep = nestingPast(text, MAX_NESTING);
  if (deep !== undefined)
    return {
      ok: false,
      offset: deep,
      message: `the query nests brackets more than ${MAX_NESTING} deep`,
      tooComplex: true,
    };
  if (text.trim() === "") return { ok: false, offset: 0, message: "the query is empty" };
  let errorAt: number | undefined;
  let tree: Tree;
  try {
    tree = parser.parse(text);
    tree.iterate({
      enter(node) {
        if (errorAt !== undefined) return false;
        if (node.type.isError) errorAt = node.from;
        return undefined;
      },
    });
  } catch (error) {
    // Deep trees can overflow the parser's stack; that is the query's complexity, not a crash.
    if (error instanceof RangeError)
      return {
        ok: false,
        offset: 0,
        message: "the query is too complex to check",
        tooComplex: true,
      };
    throw error;
  }
  if (errorAt === undefined) {
    // The grammar took it; Prometheus's type checks come next (promql-types.ts).
    const typed = typeProblem(text, tree);
    return typed ? { ok: false, ...typed } : { ok: true };
  }
  // An error at the very end (an unclosed bracket) points just past the last character written.
  const end = text.trimEnd().length;
  return { ok: false, offset: Math.min(errorAt, end), message: describeAt(text, errorAt) };
}

const WINDOW = /\{\{\s*\.window\s*\}\}/g;

/** `{{.window}}` → `1m` padded to the placeholder's length (whitespace is free in PromQL). */
function withWindow(query: string): string {
  return query.includes("{{") ? query.replace(WINDOW, (m) => "1m".padEnd(m.length, " ")) : query;
}

/** The offset where bracket nesting first passes the limit, ignoring brackets inside strings. */
function nestingPast(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92)
        i++; // backslash escapes the next character
      else if (c === quote) quote = 0;
    } else if (c === 34 || c === 39 || c === 96) quote = c;
    else if (c === 40 || c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 41 || c === 93 || c === 125) depth--;
  }
  return undefined;
}

function describeAt(text: string, offset: number): string {
  if (offset >= text.length)
    return "the query ends too early (an unclosed bracket or a missing operand?)";
  const near = text.slice(offset, offset + 20).split("\n")[0]!;
  return `unexpected ${JSON.stringify(near)}`;
}
