import { Parser } from "@prometheus-io/codemirror-promql/dist/cjs/parser/index.js";
import type { Tree } from "@lezer/common";
import { goRegexProblem } from "./go-regex.js";
import { valueProblem, type TypeProblem } from "./promql-values.js";

/**
 * Prometheus's own type checks on a query that parsed (`rate(x)`, `sum(x[5m])`, an argument
 * missing, `1 + "a"`, `topk(x, y)`): the linter of @prometheus-io/codemirror-promql, the one
 * Prometheus's UI runs, plus what it leaves to the server: regex matchers must compile.
 * The linter reads a syntax tree and the text only; it is handed the tree already parsed (with
 * the same lezer-promql, one copy: package.json pins the version codemirror-promql asks for) in
 * place of an editor state, so no editor is built. Linear in the tree; the query's length is
 * bounded by the caller.
 */
export function typeProblem(text: string, tree: Tree): TypeProblem | undefined {
  const state = {
    field: () => ({ tree }),
    sliceDoc: (from = 0, to = text.length) => text.slice(from, to),
  };
  const linter = new Parser(state as unknown as ConstructorParameters<typeof Parser>[0]);
  linter.analyze();
  const error = linter.getDiagnostics().find((d) => d.severity === "error");
  if (error) return { offset: error.from, message: error.message };
  return aggregationProblem(tree) ?? regexProblem(text, tree) ?? valueProblem(text, tree);
}

/** Aggregations that take a parameter before the vector (Prometheus's parser, ParamType). */
const WITH_PARAMETER = new Set([
  "Topk",
  "Bottomk",
  "Quantile",
  "CountValues",
  "LimitK",
  "LimitRatio",
]);

/** `sum(x, y)`: the linter counts no aggregation's arguments; Prometheus's parser does. */
function aggregationProblem(tree: Tree): TypeProblem | undefined {
  let found: TypeProblem | undefined;
  tree.iterate({
    enter(ref) {
      if (found) return false;
      if (ref.name !== "AggregateExpr") return undefined;
      const node = ref.node;
      const op = node.getChild("AggregateOp")?.firstChild?.name ?? "";
      const body = node.getChild("FunctionCallBody");
      let got = 0;
      for (let arg = body?.firstChild; arg; arg = arg.nextSibling) got++;
      const expected = WITH_PARAMETER.has(op) ? 2 : 1;
      if (body && got !== expected)
        found = {
          offset: body.from,
          message: `wrong number of arguments for aggregate expression provided, expected ${expected}, got ${got}`,
        };
      return undefined;
    },
  });
  return found;
}

/** The first `=~` or `!~` matcher whose regex Go's RE2 would not compile. */
function regexProblem(text: string, tree: Tree): TypeProblem | undefined {
  let found: TypeProblem | undefined;
  let regex = false;
  tree.iterate({
    enter(node) {
      if (found) return false;
      if (node.name === "EqlRegex" || node.name === "NeqRegex") regex = true;
      else if (node.name === "StringLiteral" && regex) {
        regex = false;
        const value = unquote(text.slice(node.from, node.to));
        const problem = value === undefined ? undefined : goRegexProblem(value);
        if (problem)
          found = { offset: node.from, message: `invalid regular expression: ${problem}` };
      } else if (node.name.endsWith("LabelMatcher")) regex = false;
      return undefined;
    },
  });
  return found;
}

/** A PromQL string literal's value: backticks are raw; quotes take Go's escapes. */
function unquote(literal: string): string | undefined {
  const quote = literal.charAt(0);
  const body = literal.slice(1, -1);
  if (quote === "`") return body;
  try {
    // Go's and JSON's escapes agree on those a regex uses (\\ \" \n \t \uXXXX).
    return JSON.parse(
      `"${body.replace(/\\'/g, "'").replace(/(^|[^\\])((?:\\\\)*)"/g, '$1$2\\"')}"`,
    ) as string;
  } catch {
    return undefined;
  }
}
