/**
 * What stops a file from being read into a document, as data: the parse rule of that id says it
 * in words (core/rules/<id>.ts), so the parser below the rules never imports them.
 */
export type ParseProblem =
  | { ruleId: "empty-file" }
  | { ruleId: "duplicate-key" }
  /** `tag` is js-yaml's reason after "unknown tag ": the tag as written, e.g. `<!feature>`. */
  | { ruleId: "unknown-tag"; tag: string }
  /** Deeper than `maxDepth`, or, without it, so deep that reading overflowed the stack. */
  | { ruleId: "too-deep"; maxDepth?: number }
  | { ruleId: "alias-bomb"; limit: number }
  /** What the file holds instead of a mapping: `list`, `null`, or a `typeof` (`string`, ...). */
  | { ruleId: "not-a-mapping"; holds: string }
  /** The parser's own reason, in the format it read. */
  | { ruleId: "yaml-syntax"; format: "YAML" | "JSON" | "JSON/YAML"; reason: string }
  /** A plain value that starts with `@` or a backtick (YAML reserves them), and its line quoted. */
  | { ruleId: "yaml-syntax"; reserved: string; quotedLine: string }
  /** The parser threw rather than answer: what it threw. */
  | { ruleId: "yaml-syntax"; thrown: string }
  | { ruleId: "not-utf8"; byteOffset: number }
  | { ruleId: "file-too-large"; bytes: number; maxBytes: number }
  /** Said by whoever read the file: the reason it gave (a link out of the repository, ...). */
  | { ruleId: "unreadable"; reason: string };

/** Every parse rule's id (core/rules/index.ts): the parser's, and what the loader finds before it. */
export type ParseRuleId = ParseProblem["ruleId"];

/** The problem of one parse rule. */
export type ProblemOf<Id extends ParseRuleId> = Extract<ParseProblem, { ruleId: Id }>;

/** A parser that threw rather than answer: the file still fails, with what it threw. */
export function parserThrew(error: unknown): ParseProblem {
  return { ruleId: "yaml-syntax", thrown: error instanceof Error ? error.message : String(error) };
}
