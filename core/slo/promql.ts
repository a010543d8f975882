import type { Tree } from "@lezer/common";
import { parser } from "@prometheus-io/lezer-promql";
import { typeProblem } from "./promql-types.js";

/**
 * Lezer's error recovery costs up to seconds on a 4 KiB query of garbage (`x{` and 4,094 `:`:
 * 1.6 s, superlinear in its length); strict, the parser stops at the first error, which is all a
 * syntax check reports. "No parse at N" is where every parse stack got stuck.
 */
const strictParser = parser.configure({ strict: true });

/** Longest query checked. */
export const MAX_QUERY_LENGTH = 4096;
/** Characters of PromQL checked per item file: an honest item has a few short queries. */
export const MAX_PROMQL_PER_FILE = 64 * 1024;

/** What is left of one file's PromQL checking (MAX_PROMQL_PER_FILE), shared by its queries. */
export interface PromqlBudget {
  remaining: number;
}

export function promqlBudget(): PromqlBudget {
  return { remaining: MAX_PROMQL_PER_FILE };
}
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
export function checkPromql(query: string, budget?: PromqlBudget): QueryCheck {
  if (query.length > MAX_QUERY_LENGTH)
    return {
      ok: false,
      offset: 0,
      message: `the query is ${query.length} characters long; queries up to ${MAX_QUERY_LENGTH} are checked`,
      tooComplex: true,
    };
  if (budget) {
    if (query.length > budget.remaining)
      return {
        ok: false,
        offset: 0,
        message: `the file's queries pass ${MAX_PROMQL_PER_FILE.toLocaleString("en-US")} characters, the most checked per file; this one is not checked`,
        tooComplex: true,
      };
    budget.remaining -= query.length;
  }
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
  let errorAt = 0;
  let tree: Tree | undefined;
  try {
    tree = strictParser.parse(text);
  } catch (error) {
    // Deep trees can overflow the parser's stack; that is the query's complexity, not a crash.
    if (error instanceof RangeError)
      return {
        ok: false,
        offset: 0,
        message: "the query is too complex to check",
        tooComplex: true,
      };
    if (!(error instanceof SyntaxError)) throw error;
    const at = /No parse at (\d+)/.exec(error.message);
    if (at) errorAt = Number(at[1]);
  }
  if (tree !== undefined) {
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
