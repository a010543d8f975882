import { loadItem, type LoadedItem } from "../load/load-item.js";
import type { ReadOptions } from "../parse/read-options.js";
import type { Policy } from "../policy/policy.js";
import type { RemoteFile } from "../port.js";
import type { SourceFile } from "../source.js";
import { exemptLabel, pullRequestBudgetItems } from "../error-budget/budget-scope.js";
import { checkBudgets } from "../error-budget/check-budgets.js";
import type { ErrorBudgetFacts } from "../error-budget/facts.js";
import type { PrometheusPort } from "../error-budget/prometheus-port.js";
import { sloIndexOf, sloLookup } from "./slo-lookup.js";

export interface PullRequestBudgetInput {
  port?: PrometheusPort;
  policy: Policy;
  labels: readonly string[];
  /** Item files the PR changes, at its head. */
  changed: readonly LoadedItem[];
  /** The same paths at the PR's base (null: the PR adds the file). */
  base: ReadonlyMap<string, RemoteFile | null>;
  /** Items the PR links. */
  linked: readonly LoadedItem[];
  /** The policy's SLO files at the head (undefined: none, names are read as written). */
  sloFiles?: readonly SourceFile[];
  /** Told each file's path before it is loaded (see EvaluateInput.onFile). */
  onFile?: (path: string) => void;
  /** How item files are read (e.g. without the fast reader); the surface decides. */
  read?: ReadOptions;
}

/** Whether the gate needs the changed items' base versions: only when it will ask Prometheus. */
export function budgetNeedsBase(
  port: PrometheusPort | undefined,
  policy: Policy,
  labels: readonly string[],
): boolean {
  return policy.error_budget.gate && port !== undefined && !exemptLabel(labels, policy);
}

/** The error-budget gate on a pull request: exempt labels, then the items it holds (budget-scope.ts). */
export async function pullRequestBudget(
  input: PullRequestBudgetInput,
): Promise<{ facts?: ErrorBudgetFacts; notices: string[] }> {
  const { policy } = input;
  const exempt = exemptLabel(input.labels, policy);
  if (policy.error_budget.gate && input.port && exempt)
    return {
      notices: [
        `The pull request carries the label ${exempt}: the error-budget gate lets reliability work through.`,
      ],
    };
  const base = loadBase(input);
  const items = pullRequestBudgetItems(input.changed, base, input.linked, policy);
  if (items.length === 0 || !input.port) return checkBudgets(input.port, items, policy);
  return checkBudgets(
    input.port,
    items,
    policy,
    sloLookup(sloIndexOf(input.sloFiles, policy, input.onFile)),
  );
}

/** The changed items' data at the base branch (undefined: the PR adds the file, or it is unreadable). */
export function loadBase(
  input: Pick<PullRequestBudgetInput, "base" | "policy" | "onFile" | "read">,
): Map<string, Record<string, unknown> | undefined> {
  const base = new Map<string, Record<string, unknown> | undefined>();
  for (const [path, remote] of input.base) {
    if (remote?.text != null) input.onFile?.(path);
    const before =
      remote?.text == null
        ? undefined
        : loadItem({ path, content: remote.text }, input.policy.limits.max_file_bytes, input.read);
    base.set(path, before?.ok ? before.data : undefined);
  }
  return base;
}
