import { parser } from "@prometheus-io/lezer-promql";
import { checkPromql } from "../slo/promql.js";

const PLACEHOLDER = /\{(slo|service|item)\}/g;
const MATCHERS = new Set(["UnquotedLabelMatcher", "QuotedLabelMatcher"]);

/** A node of the parse tree (the type of @lezer/common, which is not a direct dependency). */
type SyntaxNode = ReturnType<ReturnType<typeof parser.parse>["resolveInner"]>;

/** What is wrong with an `error_budget.query` template, at an offset into it; undefined: fine. */
export interface TemplateProblem {
  offset: number;
  message: string;
}

/**
 * `{slo}`, `{service}` and `{item}` are names from the repository, escaped as string contents
 * (budget-query.ts). That is safe only inside the value of an exact-match (`=`) label matcher
 * in a quoted string: under `=~` a name is a regular expression that can match other series,
 * under `!=` it selects everything else, and anywhere else it is PromQL text. Checked with
 * Prometheus's grammar, with each placeholder stood in for by as many `_` (a valid name), so
 * offsets are the template's.
 */
export function checkBudgetQueryTemplate(template: string): TemplateProblem | undefined {
  const placeholders = [...template.matchAll(PLACEHOLDER)].map((m) => ({
    name: m[0],
    from: m.index,
    to: m.index + m[0].length,
  }));
  const text = template.replace(PLACEHOLDER, (m) => "_".repeat(m.length));
  const syntax = checkPromql(text);
  if (!syntax.ok)
    return { offset: syntax.offset, message: `is not valid PromQL: ${syntax.message}` };
  if (placeholders.length === 0) return undefined;
  const tree = parser.parse(text);
  for (const p of placeholders) {
    const string = enclosing(tree.resolveInner(p.from, 1), "StringLiteral");
    const matcher = string?.parent && MATCHERS.has(string.parent.name) ? string.parent : undefined;
    const op = matcher?.getChild("MatchOp")?.firstChild?.name;
    const quote = string ? text[string.from] : undefined;
    if (string && matcher && op === "EqlSingle" && quote !== "`") continue;
    return { offset: p.from, message: misplaced(p.name, string, op, quote) };
  }
  return undefined;
}

function enclosing(node: SyntaxNode | null, name: string): SyntaxNode | undefined {
  for (let n = node; n; n = n.parent) if (n.name === name) return n;
  return undefined;
}

function misplaced(
  name: string,
  string: SyntaxNode | undefined,
  op: string | undefined,
  quote: string | undefined,
): string {
  if (op === "EqlRegex" || op === "NeqRegex")
    return `puts ${name} in a regular-expression matcher (${op === "EqlRegex" ? "=~" : "!~"}): a name would be read as a pattern and could match other series`;
  if (op === "Neq") return `puts ${name} in a != matcher: it would select every other series`;
  if (op && quote === "`")
    return `puts ${name} in a raw \`…\` string, where its escapes would be taken literally`;
  if (string) return `puts ${name} in a string that is not a label matcher's value`;
  return `puts ${name} outside a string, where a name would be read as PromQL`;
}
