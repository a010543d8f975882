import { byteOffsetToPosition, decodeUtf8, utf8Length } from "./decode.js";
import { parseText, type ParseFailure } from "./parse-document.js";
import type { SourceFile } from "../source.js";

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
  | { ok: false; file: string; message: string; line: number; column: number };

/**
 * A file of one or more YAML documents (`---` between them), each read by the item parser with
 * the same limits (size, aliases, depth). Documents are cut at their markers first: YAML forbids
 * `---` and `...` at the start of a line inside a document's content, so the cut is exact, and each
 * document then takes the fast block reader. Blank documents are left out. Never throws.
 */
export function loadDocuments(source: SourceFile, maxBytes: number): LoadedDocuments {
  const file = source.path;
  const fail = (message: string, line = 1, column = 1): LoadedDocuments => ({
    ok: false,
    file,
    message,
    line,
    column,
  });
  if (source.unreadable) return fail(`The file cannot be read: ${source.unreadable}`);
  const content = source.content;
  const size = typeof content === "string" ? utf8Length(content) : content.byteLength;
  if (size > maxBytes)
    return fail(`The file is ${size} bytes; the limit is ${maxBytes} (limits.max_file_bytes)`);
  const decoded = decodeUtf8(content);
  if (!decoded.ok) {
    const at = byteOffsetToPosition(content as Uint8Array, decoded.byteOffset);
    return fail(
      `The file is not UTF-8: invalid byte at offset ${decoded.byteOffset}`,
      at.line,
      at.column,
    );
  }
  const isJson = file.endsWith(".json");
  const pieces = isJson ? [{ text: decoded.text, lineOffset: 0 }] : splitDocuments(decoded.text);
  const documents: LoadedDocument[] = [];
  for (const piece of pieces) {
    let parsed: LoadedDocument["parsed"];
    try {
      parsed = parseText(piece.text, isJson);
    } catch (error) {
      // A parser bug must not hide other files' findings; it still fails this document.
      const reason = error instanceof Error ? error.message : String(error);
      parsed = { ok: false, ruleId: "yaml-syntax", message: reason, line: 1, column: 1 };
    }
    if (!parsed.ok && parsed.ruleId === "empty-file") continue;
    documents.push({ ...piece, parsed });
  }
  return { ok: true, file, documents };
}

/** Cuts a YAML stream at its `---` and `...` lines, in one pass over the lines. */
export function splitDocuments(text: string): { text: string; lineOffset: number }[] {
  const pieces: { text: string; lineOffset: number }[] = [];
  let start = 0; // offset where the current document's text starts
  let startLine = 0;
  let markerFirst = false; // the document starts on a `--- content` line: blank the marker
  const push = (end: number) => {
    if (end <= start) return;
    const body = text.slice(start, end);
    pieces.push({ text: markerFirst ? `   ${body.slice(3)}` : body, lineOffset: startLine });
  };
  let line = 0;
  let at = 0;
  for (;;) {
    const end = text.indexOf("\n", at);
    const lineEnd = end === -1 ? text.length : end;
    const marker = markerAt(text, at, lineEnd);
    if (marker !== undefined) {
      push(at);
      const rest = text.slice(at + 3, lineEnd).trim();
      // Content after `--- ` stays on its line, so its columns are kept.
      markerFirst = marker === "---" && rest !== "" && !rest.startsWith("#");
      start = markerFirst ? at : lineEnd + 1;
      startLine = markerFirst ? line : line + 1;
    }
    if (end === -1) break;
    at = end + 1;
    line++;
  }
  push(text.length);
  return pieces;
}

/** `---` or `...` at the start of a line, followed by the end of the line or a blank. */
function markerAt(text: string, at: number, lineEnd: number): "---" | "..." | undefined {
  const head = text.slice(at, at + 3);
  if (head !== "---" && head !== "...") return undefined;
  const next = text.charCodeAt(at + 3);
  return at + 3 >= lineEnd || next === 32 || next === 9 || next === 13 ? head : undefined;
}
