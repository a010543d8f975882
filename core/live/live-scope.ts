import { exemptLabel, pullRequestBudgetItems } from "../error-budget/budget-scope.js";
import type { LoadedItem } from "../item/loaded-item.js";
import type { Policy } from "../policy/policy.js";
import { text } from "../data/read.js";

type Item = { file: string; data: Record<string, unknown> };

/** The items each Prometheus live check looks at; an empty list for a check that is off. */
export interface LiveItems {
  instrumentation: readonly Item[];
  objectives: readonly Item[];
}

/** SPEC 9.1: the instrumentation of items in `live.statuses` must return data. */
export function inLiveStatus(data: Record<string, unknown>, policy: Policy): boolean {
  return policy.live.statuses.includes(text(data.status) ?? "");
}

/** SPEC 9.2: launched items (among `live.statuses`) are measured against their objectives. */
export function isMeasured(data: Record<string, unknown>, policy: Policy): boolean {
  return text(data.status) === "launched" && inLiveStatus(data, policy);
}

/** The CLI and push events: every judged item each check applies to. */
export function everyLiveItem(loaded: readonly LoadedItem[], policy: Policy): LiveItems {
  const ok = loaded.flatMap((l) => (l.ok ? [l] : []));
  return {
    instrumentation:
      policy.live.instrumentation === "off" ? [] : ok.filter((l) => inLiveStatus(l.data, policy)),
    objectives:
      policy.live.objectives === "off" ? [] : ok.filter((l) => isMeasured(l.data, policy)),
  };
}

/** Whether anything live asks Prometheus under this policy. */
export function liveOn(policy: Policy): boolean {
  return policy.live.instrumentation !== "off" || policy.live.objectives !== "off";
}

/**
 * A pull request: the instrumentation of every item it judges; the objectives of the launched
 * items it adds scope to, as the error-budget gate holds them (section 8), unless it carries one
 * of `error_budget.exempt_labels`, which lets reliability work through (said in a notice).
 */
export function pullRequestLiveItems(input: {
  judged: readonly LoadedItem[];
  changed: readonly LoadedItem[];
  base: ReadonlyMap<string, Record<string, unknown> | undefined>;
  linked: readonly LoadedItem[];
  labels: readonly string[];
  policy: Policy;
}): LiveItems & { notices: string[] } {
  const { policy } = input;
  const { instrumentation } = everyLiveItem(input.judged, policy);
  if (policy.live.objectives === "off") return { instrumentation, objectives: [], notices: [] };
  const exempt = exemptLabel(input.labels, policy);
  if (exempt)
    return {
      instrumentation,
      objectives: [],
      notices: [
        `The pull request carries the label ${exempt}: launched items' objectives (live.objectives) do not hold reliability work.`,
      ],
    };
  const objectives = pullRequestBudgetItems(input.changed, input.base, input.linked, policy, (d) =>
    isMeasured(d, policy),
  );
  return { instrumentation, objectives, notices: [] };
}
