import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "error-budget-unknown",
  "warning",
  "Prometheus could not tell a linked SLO's remaining error budget (an error with `error_budget.unreachable: fail`).",
  true,
  {
    example: [
      "# policy: error_budget: { gate: true }; Prometheus does not answer, or has no series for the SLO",
      "metrics:",
      '  error_budget: { objective: "<= 0.1%", window: 30d, source: grafana, slo: checkout/checkout-availability }',
    ],
    fix: "Check that Prometheus is reachable from the surface and answers `error_budget.query` with exactly one series for the SLO. Sloth's recording rules write `slo:period_error_budget_remaining:ratio`; with Pyrra, set your own `error_budget.query`.",
  },
);

/** The gate never reads silence as a healthy budget: each unknown reading is said. */
export const errorBudgetUnknown: ItemRule = {
  meta: rule,
  check(ctx) {
    const facts = ctx.errorBudget;
    for (const target of facts?.targets.get(ctx.file) ?? []) {
      const reading = facts!.readings.get(target.query);
      if (reading?.kind === "remaining") continue;
      const reason = reading?.reason ?? "it was not asked";
      ctx.report({
        path: ["metrics", target.kind, "slo"],
        target: "key",
        level: ctx.policy.error_budget.unreachable === "fail" ? "error" : "warning",
        message: `The error budget of ${target.slo} (service ${target.service}) for ${ctx.label} is unknown: ${reason}`,
        hint: `Check that Prometheus answers \`${target.query}\` with one series (error_budget.query or error_budget.queries; Sloth's recording rules write slo:period_error_budget_remaining:ratio, Pyrra's generic rules pyrra_availability).`,
      });
    }
  },
};
