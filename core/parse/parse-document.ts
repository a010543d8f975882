import jsYaml from "js-yaml";
import { measureExpansion } from "./alias-expansion.js";
import { isBlankText } from "./blank-text.js";
import { parseBlockYaml } from "./block-yaml.js";
import { jsonSyntaxError } from "./json-syntax.js";
import { lineText, positionAt } from "./line-breaks.js";
import type { ReadOptions } from "./read-options.js";
import type { ParseProblem } from "./parse-problem.js";

/** Past this depth a roadmap item is not a roadmap item; refusing early keeps every walk cheap. */
export const MAX_DEPTH = 64;
/** Values that aliases may add to a file: honest anchors repeat a few; a bomb repeats millions. */
export const MAX_ALIAS_EXPANSION = 100_000;

/** js-yaml's reasons (its error's `reason`) for what has a rule of its own. */
const DUPLICATE_KEY_REASON = "duplicated mapping key";
const UNKNOWN_TAG_REASON = "unknown tag ";
const TOO_DEEP_REASON = "nesting exceeded";

/** A file the parser cannot read into a document: what is wrong, as data, and where. */
export type ParseFailure = {
  ok: false;
  problem: ParseProblem;
  line: number;
  column: number;
};
export type Parsed =
  | {
      ok: true;
      data: Record<string, unknown>;
      /** Values the document's aliases add (alias-expansion.ts), when it has anchors. */
      aliasesAdded?: number;
    }
  | ParseFailure;

/**
 * Text → plain data, fast, and with one answer: every file is read by js-yaml (or by a reader that
 * returns exactly what js-yaml would, block-yaml.ts), so a value like `0b1110` means the same in
 * every file. js-yaml keeps an alias as a shared reference, so a file with anchors is measured as
 * it would be expanded (alias-expansion.ts), and an alias bomb stops here.
 * Positions of findings are found later, and only for files that have findings (position-index.ts).
 */
export function parseText(
  text: string,
  isJson: boolean,
  read: ReadOptions = {},
  /** What aliases may still add: less than the limit for a later document of a stream. */
  aliasBudget = MAX_ALIAS_EXPANSION,
): Parsed {
  if (isBlankText(text)) return failure({ ruleId: "empty-file" }, 1, 1);
  const notJson = isJson ? jsonSyntaxError(text) : undefined;
  if (notJson) {
    const { line, column } = positionAt(text, notJson.offset);
    return failure({ ruleId: "yaml-syntax", format: "JSON", reason: notJson.reason }, line, column);
  }
  // Most items are plain block YAML, which a dedicated reader takes about three times faster. It
  // never reads an anchor or alias (it gives up on them).
  const fast = isJson || read.fastReader === false ? undefined : parseBlockYaml(text);
  if (fast) return { ok: true, data: fast };
  const result = parseWithJsYaml(text, isJson);
  if (!result.ok) return result;
  const data = result.data;
  if (data === null || typeof data !== "object" || Array.isArray(data))
    return failure(
      {
        ruleId: "not-a-mapping",
        holds: Array.isArray(data) ? "list" : data === null ? "null" : typeof data,
      },
      1,
      1,
    );
  if (result.anchored) {
    // js-yaml bounds the depth it reads; aliases can stack deeper, or make a value contain itself.
    const expansion = measureExpansion(data);
    if (expansion.depth > MAX_DEPTH)
      return failure({ ruleId: "too-deep", maxDepth: MAX_DEPTH }, 1, 1);
    if (expansion.added > aliasBudget)
      return failure({ ruleId: "alias-bomb", limit: MAX_ALIAS_EXPANSION }, 1, 1);
    return { ok: true, data: data as Record<string, unknown>, aliasesAdded: expansion.added };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

/** js-yaml marks the end of a tagged value; the user wants the tag, the first `!` of that line. */
function tagColumn(text: string, line: number): number | undefined {
  const at = lineText(text, line)?.indexOf("!") ?? -1;
  return at >= 0 ? at + 1 : undefined;
}

/**
 * js-yaml stops at a plain value that starts with `@` or a backtick (reserved indicators) and calls
 * it bad indentation. Returns the indicator and the line with that value quoted.
 */
function reservedValue(
  text: string,
  line: number,
  column: number,
): { indicator: string; quoted: string } | undefined {
  const lineAt = lineText(text, line);
  const indicator = lineAt?.[column - 1];
  if (lineAt === undefined || (indicator !== "@" && indicator !== "`")) return undefined;
  const rest = lineAt.slice(column - 1);
  const comment = rest.search(/\s#/);
  const value = (comment >= 0 ? rest.slice(0, comment) : rest).trimEnd();
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  return { indicator, quoted: `${lineAt.slice(0, column - 1).trimStart()}${quoted}` };
}

/** Whether js-yaml stored an anchor while reading: only then can the result share values. */
function anchorWatch(): { anchored: boolean; listener: jsYaml.LoadOptions["listener"] } {
  const watch = {
    anchored: false,
    listener(this: unknown, _event: string, state: unknown) {
      if (watch.anchored) return;
      const anchors = (state as { anchorMap?: object }).anchorMap;
      for (const _ in anchors) {
        watch.anchored = true;
        return;
      }
    },
  };
  return watch;
}

function parseWithJsYaml(
  text: string,
  isJson: boolean,
): { ok: true; data: unknown; anchored: boolean } | ParseFailure {
  // An anchor needs an `&`; most files have none, and skip the listener's cost.
  const watch = text.includes("&") ? anchorWatch() : undefined;
  try {
    const data = jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      json: false,
      maxDepth: MAX_DEPTH,
      listener: watch?.listener,
    } as jsYaml.LoadOptions);
    return { ok: true, data, anchored: watch?.anchored ?? false };
  } catch (error) {
    if (error instanceof jsYaml.YAMLException) {
      const mark = error.mark as { line?: number; column?: number } | undefined;
      const line = (mark?.line ?? 0) + 1;
      const column = (mark?.column ?? 0) + 1;
      const reason = error.reason ?? error.message;
      if (reason.startsWith(DUPLICATE_KEY_REASON))
        return failure({ ruleId: "duplicate-key" }, line, column);
      if (reason.startsWith(UNKNOWN_TAG_REASON))
        return failure(
          { ruleId: "unknown-tag", tag: reason.replace(UNKNOWN_TAG_REASON, "") },
          line,
          tagColumn(text, line) ?? column,
        );
      if (reason.startsWith(TOO_DEEP_REASON))
        return failure({ ruleId: "too-deep", maxDepth: MAX_DEPTH }, line, column);
      const reserved = isJson ? undefined : reservedValue(text, line, column);
      if (reserved)
        return failure(
          { ruleId: "yaml-syntax", reserved: reserved.indicator, quotedLine: reserved.quoted },
          line,
          column,
        );
      return failure(
        { ruleId: "yaml-syntax", format: isJson ? "JSON/YAML" : "YAML", reason },
        line,
        column,
      );
    }
    if (error instanceof RangeError) return failure({ ruleId: "too-deep" }, 1, 1);
    throw error;
  }
}

function failure(problem: ParseProblem, line: number, column: number): ParseFailure {
  return { ok: false, problem, line, column };
}
