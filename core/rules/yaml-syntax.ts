import { meta, parseRule } from "./rule.js";

/** The parser's own words for a file that is not YAML (or JSON), where it stopped reading. */
export const yamlSyntax = parseRule({
  meta: meta("yaml-syntax", "error", "The file is not valid YAML or JSON.", false, {
    example: [
      "owner: @acme/growth # a plain value cannot start with @",
      "title: [Smart reorder suggestions",
    ],
    fix: 'Fix the syntax at the line and column the finding names: close the bracket or quote, or indent the line like its siblings. A value that starts with `@` or a backtick must be quoted (`owner: "@acme/growth"`). Your editor\'s YAML support shows the same place.',
  }),
  hint: "Fix the syntax at this position; a YAML linter or your editor's schema support shows it too.",
  says: (format: "YAML" | "JSON" | "JSON/YAML", reason: string) => `Invalid ${format}: ${reason}`,
});

/**
 * A plain (unquoted) value that starts with `@` or a backtick, which YAML reserves: the parser only
 * says "bad indentation", so the finding says what it is and shows the line quoted.
 */
export const reservedIndicator = {
  says: (indicator: string) =>
    `Invalid YAML: a value that starts with ${indicator === "@" ? "`@`" : "a backtick"} must be quoted (YAML reserves @ and \` at the start of a plain value)`,
  hint: (quotedLine: string) => `Quote the value: ${quotedLine}`,
};

/** A parser that threw rather than answer: the file still fails, with what it threw. */
export function parserFailed(error: unknown): string {
  return `The file could not be parsed: ${error instanceof Error ? error.message : String(error)}`;
}
