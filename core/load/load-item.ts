import type { Finding } from "../findings/finding.js";
import { byteOffsetToPosition, decodeUtf8, utf8Length } from "../parse/decode.js";
import { parseText } from "../parse/parse-document.js";
import { parserThrew, type ParseProblem } from "../parse/parse-problem.js";
import type { ReadOptions } from "../parse/read-options.js";
import { contextFor, fileReports } from "../rules/context.js";
import { parseRuleOf } from "../rules/index.js";
import type { SourceFile } from "../source.js";
import type { LoadedItem } from "../item/loaded-item.js";

export type { LoadedItem };

/** One file → item data, or the one finding that says why it is not an item. Never throws. */
export function loadItem(source: SourceFile, maxBytes: number, read: ReadOptions = {}): LoadedItem {
  const file = source.path;
  const fail = (problem: ParseProblem, line = 1, column = 1): LoadedItem => {
    const findings: Finding[] = [];
    const rule = parseRuleOf(problem);
    rule.fromParser(contextFor(rule.meta, fileReports(file, findings)), { problem, line, column });
    return { ok: false, file, finding: findings[0]! };
  };
  if (source.unreadable) return fail({ ruleId: "unreadable", reason: source.unreadable });
  const content = source.content;
  const size =
    source.tooLarge !== undefined && source.tooLarge > maxBytes
      ? source.tooLarge
      : sizeOverLimit(content, maxBytes);
  if (size !== undefined) return fail({ ruleId: "file-too-large", bytes: size, maxBytes });
  const decoded = decodeUtf8(content);
  if (!decoded.ok) {
    const at = byteOffsetToPosition(content as Uint8Array, decoded.byteOffset);
    return fail({ ruleId: "not-utf8", byteOffset: decoded.byteOffset }, at.line, at.column);
  }
  try {
    const parsed = parseText(decoded.text, file.endsWith(".json"), read);
    if (!parsed.ok) return fail(parsed.problem, parsed.line, parsed.column);
    return { ok: true, file, text: decoded.text, data: parsed.data };
  } catch (error) {
    // A parser bug must not hide other files' findings; it still fails this file.
    return fail(parserThrew(error));
  }
}

/** The file's size in bytes when it exceeds the limit; undefined when it does not. */
function sizeOverLimit(content: Uint8Array | string, maxBytes: number): number | undefined {
  // A UTF-16 unit is at most 3 bytes of UTF-8, so most texts need no exact count.
  if (typeof content === "string" && content.length * 3 <= maxBytes) return undefined;
  const size = typeof content === "string" ? utf8Length(content) : content.byteLength;
  return size > maxBytes ? size : undefined;
}
