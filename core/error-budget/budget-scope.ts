import type { LoadedItem } from "../item/loaded-item.js";
import type { Policy } from "../policy/policy.js";
import { list, record, text } from "../data/read.js";

type Item = { file: string; data: Record<string, unknown> };

/** Whether the gate holds this item to its budget at all (its status). */
export function inBudgetStatus(data: Record<string, unknown>, policy: Policy): boolean {
  return policy.error_budget.statuses.includes(text(data.status) ?? "");
}

/** The CLI and push events judge every item in `error_budget.statuses`. */
export function everyBudgetItem(loaded: readonly LoadedItem[], policy: Policy): Item[] {
  return loaded.flatMap((l) => (l.ok && inBudgetStatus(l.data, policy) ? [l] : []));
}

/**
 * A pull request is held to the budget of an item it adds a slice to, moves into
 * `error_budget.statuses`, or links; `base` is each changed item's data on the base branch
 * (undefined: the PR adds the file). `held` says which items are held at all: by default those
 * in `error_budget.statuses`; the objectives check (SPEC 9.2) holds launched items the same way.
 */
export function pullRequestBudgetItems(
  changed: readonly LoadedItem[],
  base: ReadonlyMap<string, Record<string, unknown> | undefined>,
  linked: readonly LoadedItem[],
  policy: Policy,
  held: (data: Record<string, unknown>) => boolean = (data) => inBudgetStatus(data, policy),
): Item[] {
  const chosen = new Map<string, Item>();
  for (const item of changed) {
    if (!item.ok || !held(item.data)) continue;
    const before = base.get(item.file);
    if (!before || !held(before) || addsSlice(before, item.data)) chosen.set(item.file, item);
  }
  for (const item of linked) if (item.ok && held(item.data)) chosen.set(item.file, item);
  return [...chosen.values()];
}

function addsSlice(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const ids = (data: Record<string, unknown>) =>
    list(data.slices).flatMap((s) => text(record(s)?.id) ?? []);
  const known = new Set(ids(before));
  return ids(after).some((id) => !known.has(id));
}

/** The label that lets reliability work through, if the pull request carries one. */
export function exemptLabel(labels: readonly string[], policy: Policy): string | undefined {
  return labels.find((l) => policy.error_budget.exempt_labels.includes(l));
}

/** Said once when the policy turns the gate on but no surface was given a Prometheus URL. */
export const NO_PROMETHEUS_NOTICE =
  "error_budget.gate is on, but no Prometheus URL was given (CLI --prometheus-url or ROADMAP_GATE_PROMETHEUS_URL, Action input prometheus-url, App PROMETHEUS_URL), so error budgets were not checked.";
