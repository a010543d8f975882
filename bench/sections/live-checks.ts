// The live Prometheus checks (SPEC section 9.1, 9.2) at scale: 1,000 launched items with 4
// measured metrics each (a good/total ratio, a bad/total ratio, a histogram_quantile latency, an
// ALERTS_FOR_STATE drift count) on 100 services, judged in-process against a real local
// Prometheus (Debian's package) over a backfilled TSDB. Measures the wall time of gather + judge,
// and counts the queries sent: at most one per distinct query text.
// Run only this section: npm run bench -- --only live-checks
import { evaluate } from "../../core/evaluate.js";
import type { PrometheusPort } from "../../core/error-budget/prometheus-port.js";
import { loadItem } from "../../core/load/load-item.js";
import { checkLive } from "../../core/live/check-live.js";
import { everyLiveItem } from "../../core/live/live-scope.js";
import { checkedPolicy, mergePolicy } from "../../core/load/load-policy.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import { createHttpPrometheus } from "../../prometheus/http-prometheus.js";
import { JOBS, jobsOpenMetrics, liveItem, type JobShape } from "../../tests/support/live-series.js";
import { prometheusInstalled, startPrometheus } from "../../tests/support/prometheus.js";
import type { BenchContext, Section } from "../section.js";
import { percentile } from "../support/stats.js";

const ITEMS = 1000;
const SERVICES = 100;

const section: Section = {
  name: "live-checks",
  async run(context: BenchContext) {
    const items = context.smoke ? 50 : ITEMS;
    const services = context.smoke ? 5 : SERVICES;
    const title = `Live checks: ${items} launched items with 4 measured metrics each, on ${services} services (local Prometheus)`;
    if (!prometheusInstalled)
      return {
        title,
        tables: [],
        notes: ["Skipped: prometheus/promtool not found (apt-get install prometheus)."],
        data: null,
      };
    // Every other service breaks its objectives (JOBS.cart), the rest keep them (JOBS.shop).
    const jobs: Record<string, JobShape> = {};
    for (let s = 0; s < services; s++) jobs[`svc-${s}`] = s % 2 === 0 ? JOBS.shop : JOBS.cart;
    const prometheus = await startPrometheus([], (now) => jobsOpenMetrics(now, jobs));
    try {
      const files = Array.from({ length: items }, (_, i) => ({
        path: `roadmap/feat-${i}.yaml`,
        content: liveItem({ id: `FEAT-${i + 1}`, job: `svc-${i % services}` }),
      }));
      const today = "2026-11-25";
      const once = async (live: Record<string, string>) => {
        const { policy } = checkedPolicy("bench", mergePolicy(defaultPolicy(), { live }));
        if (!policy) throw new Error("the bench policy is not valid");
        const http = createHttpPrometheus({ url: prometheus.url });
        const sent: string[] = [];
        const port: PrometheusPort = {
          ...http,
          instantQuery: (query) => (sent.push(query), http.instantQuery(query)),
        };
        const start = performance.now();
        const cpu = process.cpuUsage();
        const loaded = files.map((f) => loadItem(f, policy.limits.max_file_bytes));
        const facts = await checkLive(port, everyLiveItem(loaded, policy), policy);
        const gathered = performance.now();
        const report = evaluate({ files, policy, today, live: facts.facts, views: false });
        const end = performance.now();
        const used = process.cpuUsage(cpu);
        const breached = report.findings.filter((f) => f.ruleId === "objective-breached").length;
        // Items on breaking services (odd ones) break each of their 4 objectives.
        const expected = files.filter((_, i) => (i % services) % 2 === 1).length * 4;
        if (breached !== expected)
          throw new Error(`expected ${expected} objective-breached, got ${breached}`);
        const other = report.findings.filter((f) => f.ruleId !== "objective-breached");
        if (other.length > 0) throw new Error(`unexpected finding: ${other[0]!.message}`);
        return {
          wallMs: end - start,
          // This process only (loading, asking, judging), not Prometheus's: robust to a loaded machine.
          cpuMs: (used.user + used.system) / 1000,
          gatherMs: gathered - start,
          sent: sent.length,
          distinct: new Set(sent).size,
        };
      };
      const reps = context.smoke ? 1 : Math.max(3, context.reps);
      const modes: [string, Record<string, string>][] = [
        ["objectives", { objectives: "fail" }],
        ["objectives + instrumentation", { objectives: "fail", instrumentation: "fail" }],
      ];
      await once(modes[1]![1]); // warm-up: connections, JIT, Prometheus's caches
      const rows: (string | number)[][] = [];
      const data: Record<string, unknown> = { items, services, reps };
      for (const [name, live] of modes) {
        const runs = [];
        for (let r = 0; r < reps; r++) runs.push(await once(live));
        const wall = runs.map((r) => r.wallMs);
        const gather = runs.map((r) => r.gatherMs);
        const cpu = runs.map((r) => r.cpuMs);
        const { sent, distinct } = runs[0]!;
        rows.push([
          name,
          percentile(wall, 50).toFixed(0),
          percentile(wall, 95).toFixed(0),
          percentile(gather, 50).toFixed(0),
          percentile(cpu, 50).toFixed(0),
          sent,
          distinct,
        ]);
        data[name] = {
          wallMs: { p50: percentile(wall, 50), p95: percentile(wall, 95) },
          gatherMs: { p50: percentile(gather, 50) },
          cpuMs: { p50: percentile(cpu, 50) },
          queriesSent: sent,
          distinctQueries: distinct,
        };
      }
      return {
        title,
        tables: [
          {
            columns: [
              "checks",
              "wall p50 ms",
              "wall p95 ms",
              "gather p50 ms",
              "CPU p50 ms",
              "queries sent",
              "distinct queries",
            ],
            rows,
          },
        ],
        notes: [
          `${reps} runs each: load ${items} items, ask Prometheus (4 at once), judge. Items on the same service share their queries, so ${items * 4} measured metrics need ${services * 4} measurements.`,
          "Prometheus on 127.0.0.1, so this is the checks' own cost and Prometheus's, not a network's.",
        ],
        data,
      };
    } finally {
      await prometheus.stop();
    }
  },
};

export default section;
