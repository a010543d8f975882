import { byteOffsetToPosition, decodeUtf8, utf8Length } from "./decode.js";
import { withLfBreaks } from "./line-breaks.js";
import { MAX_ALIAS_EXPANSION, parseText, type ParseFailure } from "./parse-document.js";
import type { SourceFile } from "../source.js";
import { parserThrew, type ParseProblem } from "./parse-problem.js";

/** One YAML document of a stream, with where it starts in the file. */
export interface LoadedDocument {
  /** The document's own text (from the line after its `---`); positions in it are relative. */
  text: string;
  /** Lines of the file before `text` starts: add to a line found in `text`. */
  lineOffset: number;
  parsed: { ok: true; data: Record<string, unknown> } | ParseFailure;
}

export type LoadedDocuments =
  | { ok: true; file: string; documents: LoadedDocument[] }
  | { ok: false; file: string; problem: ParseProblem; line: number; column: number };

/**
 * A file of one or more YAML documents (`---` between them), each read by the item parser with
 * the same limits (size, aliases, depth). Documents are cut at their markers first: YAML forbids
 * `---` and `...` at the start of a line inside a document's content, so the cut is exact, and each
 * document then takes the fast block reader. Blank documents are left out. Never throws.
 */
export function loadDocuments(source: SourceFile, maxBytes: number): LoadedDocuments {
  const file = source.path;
  const fail = (problem: ParseProblem, line = 1, column = 1): LoadedDocuments => ({
    ok: false,
    file,
    problem,
    line,
    column,
  });
  if (source.unreadable) return fail({ ruleId: "unreadable", reason: source.unreadable });
  const content = source.content;
  // A UTF-16 unit is at most 3 bytes of UTF-8, so most texts need no exact count.
  const size =
    typeof content !== "string"
      ? content.byteLength
      : content.length * 3 <= maxBytes
        ? 0
        : utf8Length(content);
  if (size > maxBytes) return fail({ ruleId: "file-too-large", bytes: size, maxBytes });
  const decoded = decodeUtf8(content);
  if (!decoded.ok) {
    const at = byteOffsetToPosition(content as Uint8Array, decoded.byteOffset);
    return fail({ ruleId: "not-utf8", byteOffset: decoded.byteOffset }, at.line, at.column);
  }
  const isJson = file.endsWith(".json");
  const pieces = isJson ? [{ text: decoded.text, lineOffset: 0 }] : splitDocuments(decoded.text);
  const documents: LoadedDocument[] = [];
  // The alias limit is the file's, as for an item: seven documents of 49,000 aliases are one bomb.
  let aliasBudget = MAX_ALIAS_EXPANSION;
  for (const piece of pieces) {
    let parsed: LoadedDocument["parsed"];
    try {
      const result = parseText(piece.text, isJson, {}, aliasBudget);
      if (result.ok) aliasBudget -= result.aliasesAdded ?? 0;
      parsed = result;
    } catch (error) {
      // A parser bug must not hide other files' findings; it still fails this document.
      parsed = { ok: false, problem: parserThrew(error), line: 1, column: 1 };
    }
    if (!parsed.ok && parsed.problem.ruleId === "empty-file") continue;
    documents.push({ ...piece, parsed });
  }
  return { ok: true, file, documents };
}

/**
 * Cuts a YAML stream at its `---` and `...` lines, where js-yaml's loadAll cuts it: a lone CR ends
 * a line as LF does (line-breaks.ts), and directives (`%YAML 1.2`) before a `---` open the next
 * document rather than being one. Linear: marker lines are found with indexOf, and lines are
 * counted only to know where each document starts. Pieces hold LF for a lone CR (same offsets).
 */
export function splitDocuments(source: string): { text: string; lineOffset: number }[] {
  const text = withLfBreaks(source);
  const pieces: { text: string; lineOffset: number }[] = [];
  let start = 0; // offset where the current document's text starts
  let startLine = 0;
  let markerFirst = false; // the document starts on a `--- content` line: blank the marker
  let counted = 0; // offset up to which lines are counted
  let line = 0; // lines before `counted`
  const push = (end: number, atMarker: boolean) => {
    if (end <= start) return;
    const body = text.slice(start, end);
    if (atMarker && isDirectivePrologue(body)) return;
    pieces.push({ text: markerFirst ? `   ${body.slice(3)}` : body, lineOffset: startLine });
  };
  const dashes = new Finder(text, "\n---");
  const dots = new Finder(text, "\n...");
  // A candidate is a line start holding `---` or `...`; each needle is searched for once.
  const candidate = (from: number) => {
    const next = Math.min(dashes.next(from), dots.next(from));
    return next === Infinity ? -1 : next + 1;
  };
  let at = text.startsWith("---") || text.startsWith("...") ? 0 : candidate(0);
  while (at !== -1) {
    const lineEnd = endOfLine(text, at);
    const marker = markerAt(text, at, lineEnd);
    if (marker !== undefined) {
      for (
        let nl = text.indexOf("\n", counted);
        nl !== -1 && nl < at;
        nl = text.indexOf("\n", nl + 1)
      )
        line++;
      counted = at;
      push(at, marker === "---");
      const rest = text.slice(at + 3, lineEnd).trim();
      // Content after `--- ` stays on its line, so its columns are kept.
      markerFirst = marker === "---" && rest !== "" && !rest.startsWith("#");
      start = markerFirst ? at : Math.min(lineEnd + 1, text.length);
      startLine = markerFirst ? line : line + 1;
    }
    at = candidate(lineEnd);
  }
  push(text.length, false);
  return pieces;
}

/** Directive, comment and blank lines only, with a directive: the prologue of the next document. */
function isDirectivePrologue(body: string): boolean {
  if (!body.startsWith("%") && !body.includes("\n%")) return false;
  return body.split("\n").every((line) => /^(?:%|#|[ \t]*(?:#|\r?$))/.test(line));
}

/** The next occurrence of a needle at or after an offset, remembered so the text is scanned once. */
class Finder {
  private found = -2; // -2: not searched yet; -1: none left

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  next(from: number): number {
    if (this.found === -1) return Infinity;
    if (this.found < from) this.found = this.text.indexOf(this.needle, from);
    return this.found === -1 ? Infinity : this.found;
  }
}

function endOfLine(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end === -1 ? text.length : end;
}

/** `---` or `...` at the start of a line, followed by the end of the line or a blank. */
function markerAt(text: string, at: number, lineEnd: number): "---" | "..." | undefined {
  const c = text.charCodeAt(at);
  if (c !== 45 && c !== 46) return undefined;
  if (text.charCodeAt(at + 1) !== c || text.charCodeAt(at + 2) !== c) return undefined;
  const next = text.charCodeAt(at + 3);
  if (at + 3 < lineEnd && next !== 32 && next !== 9 && next !== 13) return undefined;
  return c === 45 ? "---" : "...";
}
