import type { PendingFinding, ReportOptions } from "./rule.js";
import { meta, type CheckRule } from "./rule.js";
import { unknownKey } from "./unknown-key.js";

/** What the policy loaders (core/load/load-policy.ts, resolve-policy.ts) found wrong. */
export type PolicyProblem =
  | { kind: "unreadable"; reason: string }
  | { kind: "too-large"; maxBytes: number }
  | { kind: "not-utf8" }
  /** The parser's message, at its place, with the parse rule's hint. */
  | { kind: "parse"; message: string; hint: string; line: number; column: number }
  /** A schema rule's finding on the policy, at its field. */
  | { kind: "shape"; finding: PendingFinding }
  /** error_budget.query is not PromQL, or puts a placeholder where a name could inject. */
  | { kind: "budget-query"; at: string[]; message: string; offset: number }
  | { kind: "extends-cycle"; key: string; maxDepth: number }
  | { kind: "extends-unreadable"; key: string };

const EXTENDS_HINT =
  "Point _extends at a readable repository's policy: `repo`, `owner/repo` or `owner/repo:path`.";

/** The policy file is not one items can be judged under: at its place, or at the top. */
export const policyInvalid: CheckRule<PolicyProblem> = {
  meta: meta(
    "policy-invalid",
    "error",
    "The policy file (.github/roadmap-gate.yml) is not valid; items are not judged under it.",
    false,
    {
      example: ["# .github/roadmap-gate.yml", "enforcement: strict"],
      fix: "Fix the policy at the line and column the finding names: no item is judged under an invalid policy ([The policy file](../policy.md)).",
    },
  ),
  check(context, problem) {
    const report = (options: ReportOptions) => context.report(options);
    switch (problem.kind) {
      case "unreadable":
        return report({
          message: `The policy file cannot be read: ${problem.reason}`,
          hint: "Make it a regular text file.",
        });
      case "too-large":
        return report({
          message: `The policy file is larger than ${problem.maxBytes / 1024} KiB`,
          hint: "A policy is a few lines; check the file.",
        });
      case "not-utf8":
        return report({ message: "The policy file is not UTF-8 text", hint: "Save it as UTF-8." });
      case "parse":
        return report({
          message: `The policy file is not valid: ${problem.message}`,
          hint: problem.hint,
          line: problem.line,
          column: problem.column,
        });
      case "shape": {
        const { path, target, message, hint } = problem.finding;
        return report({ path, target, message, hint: addressHint(problem.finding) ?? hint });
      }
      case "budget-query":
        return report({
          path: ["error_budget", ...problem.at],
          message: `error_budget.${problem.at.join(".")} ${problem.message} (at character ${problem.offset + 1} of the query)`,
          hint: 'Write each of {slo}, {service} and {item} inside the quoted value of an exact-match (=) label matcher, e.g. sloth_slo="{slo}".',
        });
      case "extends-cycle":
        return report({
          message: `_extends forms a cycle or is nested more than ${problem.maxDepth} deep (${problem.key})`,
          hint: EXTENDS_HINT,
        });
      case "extends-unreadable":
        return report({
          message: `_extends points at ${problem.key}, which does not exist or cannot be read`,
          hint: EXTENDS_HINT,
        });
    }
  },
};

/**
 * A key under error_budget that is not one of its own is most often an attempt to say where
 * Prometheus is, which a repository must never decide (SPEC section 8).
 */
function addressHint(f: PendingFinding): string | undefined {
  if (f.ruleId !== unknownKey.meta.id || f.path[0] !== "error_budget") return undefined;
  return "Remove it: where Prometheus is (and its token) never comes from the repository. Give it to the Action (input prometheus-url), the App (PROMETHEUS_URL) or the CLI (--prometheus-url).";
}
