import { meta, parseRule } from "./rule.js";

/** The parser's own words for a file that is not YAML (or JSON), where it stopped reading. */
export const yamlSyntax = parseRule<"yaml-syntax">({
  meta: meta("yaml-syntax", "error", "The file is not valid YAML or JSON.", false, {
    example: [
      "owner: @acme/growth # a plain value cannot start with @",
      "title: [Smart reorder suggestions",
    ],
    fix: 'Fix the syntax at the line and column the finding names: close the bracket or quote, or indent the line like its siblings. A value that starts with `@` or a backtick must be quoted (`owner: "@acme/growth"`). Your editor\'s YAML support shows the same place.',
  }),
  hint: "Fix the syntax at this position; a YAML linter or your editor's schema support shows it too.",
  says: (problem) => {
    if ("thrown" in problem) return `The file could not be parsed: ${problem.thrown}`;
    // YAML reserves `@` and a backtick at the start of a plain value; the parser only says "bad
    // indentation", so the finding says what it is.
    if ("reserved" in problem)
      return `Invalid YAML: a value that starts with ${problem.reserved === "@" ? "`@`" : "a backtick"} must be quoted (YAML reserves @ and \` at the start of a plain value)`;
    return `Invalid ${problem.format}: ${problem.reason}`;
  },
  hintFor: (problem) =>
    "reserved" in problem ? `Quote the value: ${problem.quotedLine}` : undefined,
});
