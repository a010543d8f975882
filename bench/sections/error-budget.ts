// The latency the error-budget gate adds to an evaluation: 10 items in error_budget.statuses, each
// linking its own SLO, judged in-process against a real local Prometheus (Debian's package) over a
// backfilled TSDB. Gate off vs on, alternating; the difference is the 10 queries (4 at a time).
// Run only this section: npm run bench -- --only error-budget
import { checkBudgets } from "../../core/error-budget/check-budgets.js";
import { everyBudgetItem } from "../../core/error-budget/budget-scope.js";
import { evaluate } from "../../core/evaluate.js";
import { loadItem } from "../../core/load/load-item.js";
import { checkedPolicy, mergePolicy } from "../../core/load/load-policy.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import { createHttpPrometheus } from "../../prometheus/http-prometheus.js";
import { budgetItem } from "../../tests/support/budget-items.js";
import { prometheusInstalled, startPrometheus } from "../../tests/support/prometheus.js";
import type { BenchContext, Section } from "../section.js";
import { percentile } from "../support/stats.js";

const SLOS = 10;

const section: Section = {
  name: "error-budget",
  async run(context: BenchContext) {
    const title = `Error-budget gate: latency added to an evaluation with ${SLOS} linked SLOs (local Prometheus)`;
    if (!prometheusInstalled)
      return {
        title,
        tables: [],
        notes: ["Skipped: prometheus/promtool not found (apt-get install prometheus)."],
        data: null,
      };
    const prometheus = await startPrometheus(
      Array.from({ length: SLOS }, (_, i) => ({
        service: "shop",
        slo: `slo-${i}`,
        value: i === 0 ? -0.12 : 0.5,
      })),
    );
    try {
      const files = Array.from({ length: SLOS }, (_, i) => ({
        path: `roadmap/feat-${i}.yaml`,
        content: budgetItem({ id: `FEAT-${i}`, slo: `shop/slo-${i}` }),
      }));
      const { policy } = checkedPolicy(
        "bench",
        mergePolicy(defaultPolicy(), { error_budget: { gate: true } }),
      );
      if (!policy) throw new Error("the bench policy is not valid");
      const port = createHttpPrometheus({ url: prometheus.url });
      const today = "2026-11-25";
      const once = async (gate: boolean) => {
        const start = performance.now();
        const loaded = files.map((f) => loadItem(f, policy.limits.max_file_bytes));
        const budget = gate
          ? await checkBudgets(port, everyBudgetItem(loaded, policy), policy)
          : { facts: undefined };
        const report = evaluate({ files, policy, today, errorBudget: budget.facts });
        const ms = performance.now() - start;
        const expected = gate ? 1 : 0;
        const exhausted = report.findings.filter((f) => f.ruleId === "error-budget-exhausted");
        if (exhausted.length !== expected)
          throw new Error(`expected ${expected} exhausted budget, got ${exhausted.length}`);
        return ms;
      };
      const reps = context.smoke ? 3 : 200;
      await once(true); // warm-up: connections, JIT
      await once(false);
      const off: number[] = [];
      const on: number[] = [];
      for (let i = 0; i < reps; i++) {
        off.push(await once(false));
        on.push(await once(true));
      }
      const added = on.map((ms, i) => ms - off[i]!);
      const row = (name: string, values: number[]) => [
        name,
        percentile(values, 50).toFixed(2),
        percentile(values, 95).toFixed(2),
      ];
      const data = {
        slos: SLOS,
        reps,
        offMs: { p50: percentile(off, 50), p95: percentile(off, 95) },
        onMs: { p50: percentile(on, 50), p95: percentile(on, 95) },
        addedMs: { p50: percentile(added, 50), p95: percentile(added, 95) },
      };
      return {
        title,
        tables: [
          {
            columns: ["evaluation of 10 items", "p50 ms", "p95 ms"],
            rows: [
              row("gate off", off),
              row("gate on (10 queries, 4 at once)", on),
              row("added by the gate", added),
            ],
          },
        ],
        notes: [
          `${reps} alternating runs each; Prometheus on 127.0.0.1, so this is the gate's own cost, not a network's.`,
          "GitHub API calls are unchanged: a pull request's base items are read in the GraphQL query that already reads its head (tests/action/error-budget.test.ts counts them).",
        ],
        data,
      };
    } finally {
      await prometheus.stop();
    }
  },
};

export default section;
