import { evaluate, type EvaluateInput } from "../evaluate.js";
import { loadItem, type LoadedItem } from "../load/load-item.js";
import { checkLive } from "../live/check-live.js";
import { everyLiveItem, liveOn } from "../live/live-scope.js";
import { checkPeople } from "../people/check-people.js";
import type { PeoplePort } from "../people/gather-people-facts.js";
import type { Report } from "../report.js";
import { everyBudgetItem } from "../error-budget/budget-scope.js";
import { checkBudgets } from "../error-budget/check-budgets.js";
import { budgetPort } from "../error-budget/missing-prometheus.js";
import type { PrometheusPort } from "../error-budget/prometheus-port.js";
import { sloIndexOf, sloLookup } from "./slo-lookup.js";

/**
 * evaluate with the error-budget gate and the Prometheus live checks over every judged item they
 * apply to (the Action on pushes and other events): Prometheus is asked through `prometheus`,
 * then the files are judged with what it said, and the checks' notices follow the report's. With
 * `github`, the people checks look up every judged item's handles too. `onFile` is told each file
 * before it is loaded, for the budget too (see EvaluateInput.onFile).
 */
export async function evaluateWithBudget(
  input: Omit<EvaluateInput, "errorBudget" | "live" | "views" | "people">,
  given: PrometheusPort | undefined,
  github?: { port: PeoplePort; ownerIsOrg?: boolean },
): Promise<Report> {
  const { policy } = input;
  const prometheus = budgetPort(given, policy);
  const budgetOn = policy.error_budget.gate && prometheus !== undefined;
  const loaded: LoadedItem[] =
    budgetOn || liveOn(policy) || policy.live.people !== "off"
      ? input.files.map((f) => {
          input.onFile?.(f.path);
          return loadItem(f, policy.limits.max_file_bytes, input.read);
        })
      : [];
  const held = budgetOn ? everyBudgetItem(loaded, policy) : [];
  const budget = await checkBudgets(
    prometheus,
    held,
    policy,
    held.length > 0 ? sloLookup(sloIndexOf(input.sloFiles, policy, input.onFile)) : undefined,
  );
  // After the budget's queries: together they stay within 4 at once.
  const live = await checkLive(given, everyLiveItem(loaded, policy), policy);
  // People (SPEC 9.3): every judged item's handles, when the surface gives a GitHub to ask.
  const people = await checkPeople(
    github?.port,
    policy.live.people === "off"
      ? []
      : loaded.flatMap((l) => (l.ok ? [{ file: l.file, data: l.data }] : [])),
    policy,
    { ownerIsOrg: github?.ownerIsOrg },
  );
  const report = evaluate({
    ...input,
    errorBudget: budget.facts,
    live: live.facts,
    people: people.facts,
  });
  return {
    ...report,
    notices: [...report.notices, ...budget.notices, ...live.notices, ...people.notices],
  };
}
