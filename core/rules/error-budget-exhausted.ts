import { percent } from "../error-budget/budget-reading.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "error-budget-exhausted",
  "error",
  "A linked SLO has less error budget left than `error_budget.min_remaining`: new scope waits.",
  true,
  {
    example: [
      "# policy: error_budget: { gate: true }; Prometheus says 12% over budget (-0.12)",
      "id: FEAT-9",
      "status: launched",
      "metrics:",
      "  error_budget:",
      '    objective: "<= 0.1%"',
      "    window: 30d",
      "    source: grafana",
      "    slo: checkout/checkout-availability",
    ],
    fix: "Ship reliability work with one of `error_budget.exempt_labels` (default `reliability`, `incident`) and wait for the budget to recover before adding scope, or add a waiver for `error-budget-exhausted` approved on the pull request ([Error-budget gate](../error-budget.md)).",
  },
);

/**
 * Said the same on every surface, so it names where each way out applies: labels exist only on a
 * pull request (Action, App); a waiver works everywhere, and is verified where reviews are.
 */
function budgetHint(labels: readonly string[]): string {
  const exempt =
    labels.length > 0
      ? `on a pull request, the label ${labels.map((l) => `\`${l}\``).join(" or ")} exempts reliability work (error_budget.exempt_labels); `
      : "";
  return `Ship reliability work first: ${exempt}a waiver of error-budget-exhausted in the item lets it through (on a pull request, approved by a reviewer).`;
}

/** Google's SRE error-budget policy as a merge gate (SPEC section 8). */
export const errorBudgetExhausted: ItemRule = {
  meta: rule,
  check(ctx) {
    const facts = ctx.errorBudget;
    const { min_remaining, exempt_labels } = ctx.policy.error_budget;
    for (const target of facts?.targets.get(ctx.file) ?? []) {
      const reading = facts!.readings.get(target.query);
      if (reading?.kind !== "remaining" || reading.remaining >= min_remaining) continue;
      const window = target.window ? ` ${target.window}` : "";
      const floor =
        min_remaining > 0 ? `; the policy asks for at least ${percent(min_remaining)}` : "";
      ctx.report({
        path: ["metrics", target.kind, "slo"],
        target: "key",
        message: `${target.slo} has ${percent(reading.remaining)} of its${window} error budget left${floor}, so new scope for ${ctx.label} waits until reliability recovers`,
        hint: budgetHint(exempt_labels),
      });
    }
  },
};
