import { evaluate, type EvaluateInput } from "../evaluate.js";
import { loadItem } from "../item/load-item.js";
import { checkPeople } from "../people/check-people.js";
import type { PeoplePort } from "../people/gather-people-facts.js";
import type { Report } from "../report.js";
import { everyBudgetItem } from "./budget-scope.js";
import { checkBudgets } from "./check-budgets.js";
import { budgetPort } from "./missing-prometheus.js";
import type { PrometheusPort } from "./prometheus-port.js";
import { sloIndexOf, sloLookup } from "./slo-lookup.js";

/**
 * evaluate with the error-budget gate over every judged item in `error_budget.statuses` (the
 * Action on pushes and other events): Prometheus is asked through `prometheus`, then the files are
 * judged with what it said, and the gate's notices follow the report's. With `github`, the people
 * checks look up every judged item's handles too. `onFile` is told each file
 * before it is loaded, for the budget too (see EvaluateInput.onFile).
 */
export async function evaluateWithBudget(
  input: Omit<EvaluateInput, "errorBudget" | "views" | "people">,
  given: PrometheusPort | undefined,
  github?: { port: PeoplePort; ownerIsOrg?: boolean },
): Promise<Report> {
  const { policy } = input;
  const prometheus = budgetPort(given, policy);
  const held =
    policy.error_budget.gate && prometheus
      ? everyBudgetItem(
          input.files.map((f) => {
            input.onFile?.(f.path);
            return loadItem(f, policy.limits.max_file_bytes, input.read);
          }),
          policy,
        )
      : [];
  const budget = await checkBudgets(
    prometheus,
    held,
    policy,
    held.length > 0 ? sloLookup(sloIndexOf(input.sloFiles, policy, input.onFile)) : undefined,
  );
  // People (SPEC 9.3): every judged item's handles, when the surface gives a GitHub to ask.
  const people = await checkPeople(
    github?.port,
    policy.live.people === "off"
      ? []
      : input.files.flatMap((f) => {
          const loaded = loadItem(f, policy.limits.max_file_bytes, input.read);
          return loaded.ok ? [{ file: loaded.file, data: loaded.data }] : [];
        }),
    policy,
    { ownerIsOrg: github?.ownerIsOrg },
  );
  const report = evaluate({ ...input, errorBudget: budget.facts, people: people.facts });
  return { ...report, notices: [...report.notices, ...budget.notices, ...people.notices] };
}
