import { expect, it } from "vitest";
import type { JsonReport } from "../../core/format/json.js";
import { lineOf } from "../support/budget-items.js";
import { liveItem, livePolicy, liveQueries } from "../support/live-series.js";
import { startRecordingProxy, type LocalPrometheus } from "../support/prometheus.js";
import { runMain, tempRepo, TODAY } from "./cli-harness.js";

const LIVE_RULES = /^(instrumentation-no-data|instrumentation-unknown|objective-)/;

/** The CLI's `validate --format json` over `items` under a policy of `live:` lines. */
async function judgeLive(items: Record<string, string>, policy: string[], url?: string) {
  const { repo } = await tempRepo({ ".github/roadmap-gate.yml": livePolicy(...policy), ...items });
  const run = await runMain(
    ["validate", "--format", "json", "--today", TODAY],
    repo,
    new Date(`${TODAY}T12:00:00Z`),
    { env: url ? { ROADMAP_GATE_PROMETHEUS_URL: url } : {} },
  );
  const report = JSON.parse(run.stdout) as JsonReport;
  return { run, report, live: report.findings.filter((f) => LIVE_RULES.test(f.ruleId)) };
}

/**
 * The live checks in the CLI against the real Prometheus of tests/cli/error-budget.test.ts, whose
 * TSDB holds tests/support/live-series.ts: job shop meets every objective, cart breaks each one,
 * ghost has no series.
 */
export function liveChecks(prometheus: () => LocalPrometheus): void {
  it("measures a launched item over each metric's window and reports each broken objective", async () => {
    const item = liveItem({ id: "FEAT-2", job: "cart" });
    const { run, live } = await judgeLive(
      { "roadmap/cart.yaml": item },
      ["objectives: fail"],
      prometheus().url,
    );
    const at = (objective: string) => ({
      line: lineOf(item, `objective: "${objective}"`),
      column: 16,
    });
    expect(
      live.map((f) => ({
        ruleId: f.ruleId,
        level: f.level,
        line: f.line,
        column: f.column,
        message: f.message,
      })),
    ).toEqual([
      {
        ruleId: "objective-breached",
        level: "error",
        ...at(">= 99.5%"),
        message: "pipeline_reliability is 98% over 28d; FEAT-2 promises >= 99.5%",
      },
      {
        ruleId: "objective-breached",
        level: "error",
        ...at("<= 0.5%"),
        message: "error_budget is 2% over 30d; FEAT-2 promises <= 0.5%",
      },
      {
        ruleId: "objective-breached",
        level: "error",
        ...at("p95 <= 300ms"),
        message: "latency p95 is 750 ms over 7d; FEAT-2 promises p95 <= 300ms",
      },
      {
        ruleId: "objective-breached",
        level: "error",
        ...at("<= 2/week"),
        message: "drift_alerts is 3/week over 1w; FEAT-2 promises <= 2/week",
      },
    ]);
    expect(run.code).toBe(1);
  });

  it("passes a launched item that keeps each objective and whose instrumentation returns data", async () => {
    const { run, live, report } = await judgeLive(
      { "roadmap/shop.yaml": liveItem({ id: "FEAT-1", job: "shop" }) },
      ["instrumentation: fail", "objectives: fail"],
      prometheus().url,
    );
    expect(live).toEqual([]);
    expect(report.findings.map((f) => f.ruleId)).not.toContain("live-check-unavailable");
    expect(run.code).toBe(0);
  });

  it("reports each query with no series at its key, and each metric it cannot measure", async () => {
    const item = liveItem({ id: "FEAT-3", job: "ghost" });
    const { run, live } = await judgeLive(
      { "roadmap/ghost.yaml": item },
      ["instrumentation: fail", "objectives: warn"],
      prometheus().url,
    );
    const q = liveQueries("ghost");
    const lineOfQuery = (query: string, nth = 1) =>
      item
        .split("\n")
        .findIndex(
          (l, i, all) =>
            l.includes(query) &&
            all.slice(0, i).filter((x) => x.includes(query)).length === nth - 1,
        ) + 1;
    // Findings are listed by line.
    const expected: [string, string, number][] = [
      ["instrumentation-no-data", "error", lineOfQuery(q.good)],
      ["instrumentation-no-data", "error", lineOfQuery(q.total)],
      ["instrumentation-no-data", "error", lineOfQuery(q.bad)],
      ["instrumentation-no-data", "error", lineOfQuery(q.total, 2)],
      ["instrumentation-no-data", "error", lineOfQuery(q.latency)],
      ["instrumentation-no-data", "error", lineOfQuery(q.up)],
      ["objective-unmeasured", "warning", lineOf(item, 'objective: ">= 99.5%"')],
      ["objective-unmeasured", "warning", lineOf(item, 'objective: "<= 0.5%"')],
      ["objective-unmeasured", "warning", lineOf(item, 'objective: "p95 <= 300ms"')],
    ];
    expect(live.map((f) => [f.ruleId, f.level, f.line])).toEqual(
      expected.sort((a, b) => a[2] - b[2]),
    );
    const latency = (rule: string) =>
      live.find((f) => f.ruleId === rule && f.message.includes("latency"))!.message;
    expect(latency("instrumentation-no-data")).toBe(
      `metrics.latency.sli.query of FEAT-3: \`${q.latency.replace("{{.window}}", "1h")}\` returns no series: nothing is measured yet`,
    );
    expect(latency("objective-unmeasured")).toBe(
      "latency p95 of FEAT-3 could not be measured over 7d: the query returned no series",
    );
    expect(run.code).toBe(1);
  });

  it("sends each distinct query once per run, however many items share it", async () => {
    const proxy = await startRecordingProxy(prometheus().url);
    try {
      const { live } = await judgeLive(
        {
          "roadmap/a.yaml": liveItem({ id: "FEAT-1", job: "shop" }),
          "roadmap/b.yaml": liveItem({ id: "FEAT-4", job: "shop" }),
          "roadmap/c.yaml": liveItem({ id: "FEAT-2", job: "cart" }),
        },
        ["instrumentation: warn", "objectives: warn"],
        proxy.url,
      );
      // Per job: six instrumentation queries (total once for two metrics) and four measurements.
      expect(proxy.queries).toHaveLength(20);
      expect(new Set(proxy.queries).size).toBe(20);
      expect(live.filter((f) => f.ruleId === "objective-breached")).toHaveLength(4);
    } finally {
      await proxy.stop();
    }
  });

  it("shows in the Markdown report each metric's measured value and window beside its objective, and whether it has data", async () => {
    const { repo } = await tempRepo({
      ".github/roadmap-gate.yml": livePolicy("instrumentation: warn", "objectives: warn"),
      "roadmap/cart.yaml": liveItem({ id: "FEAT-2", job: "cart" }),
      "roadmap/ghost.yaml": liveItem({ id: "FEAT-3", job: "ghost" }),
    });
    const run = await runMain(["report", "--today", TODAY], repo, new Date(`${TODAY}T12:00:00Z`), {
      env: { ROADMAP_GATE_PROMETHEUS_URL: prometheus().url },
    });
    const table = run.stdout.slice(run.stdout.indexOf("### Live measurements"));
    expect(table.split("\n").slice(0, 12)).toEqual([
      "### Live measurements",
      "",
      "| item | metric | objective | measured | data |",
      "|---|---|---|---|---|",
      "| FEAT-2 | pipeline\\_reliability | `>= 99.5%` | 🔴 98% over 28d | ✅ yes |",
      "| FEAT-2 | error\\_budget | `<= 0.5%` | 🔴 2% over 30d | ✅ yes |",
      "| FEAT-2 | latency | `p95 <= 300ms` | 🔴 750 ms over 7d | ✅ yes |",
      "| FEAT-2 | drift\\_alerts | `<= 2/week` | 🔴 3/week over 1w | ✅ yes |",
      "| FEAT-3 | pipeline\\_reliability | `>= 99.5%` | ⚪ over 28d: the query returned no series | ❌ none |",
      "| FEAT-3 | error\\_budget | `<= 0.5%` | ⚪ over 30d: the query returned no series | ❌ none |",
      "| FEAT-3 | latency | `p95 <= 300ms` | ⚪ over 7d: the query returned no series | ❌ none |",
      "| FEAT-3 | drift\\_alerts | `<= 2/week` | 🟢 0/week over 1w | ✅ yes |",
    ]);
  });

  it("carries the same measurements in report --format json: measured, data and each live query", async () => {
    const { repo } = await tempRepo({
      ".github/roadmap-gate.yml": livePolicy("instrumentation: warn", "objectives: warn"),
      "roadmap/cart.yaml": liveItem({ id: "FEAT-2", job: "cart" }),
      "roadmap/ghost.yaml": liveItem({ id: "FEAT-3", job: "ghost" }),
    });
    const run = await runMain(
      ["report", "--format", "json", "--today", TODAY],
      repo,
      new Date(`${TODAY}T12:00:00Z`),
      { env: { ROADMAP_GATE_PROMETHEUS_URL: prometheus().url } },
    );
    const report = JSON.parse(run.stdout) as JsonReport;
    const [cart, ghost] = report.items;
    expect(
      cart!.metrics.map((m) => [m.kind, m.measured?.state, m.measured?.shown, m.data]),
    ).toEqual([
      ["pipeline_reliability", "breached", "98%", "yes"],
      ["error_budget", "breached", "2%", "yes"],
      ["latency", "breached", "750 ms", "yes"],
      ["drift_alerts", "breached", "3/week", "yes"],
    ]);
    // histogram_quantile interpolates in floating point: 750 or a hair off it, as Prometheus computes.
    expect(cart!.metrics[2]!.measured?.value).toBeCloseTo(750, 6);
    expect(cart!.metrics[2]!.measured).toMatchObject({
      unit: "ms",
      window: "7d",
      reason: null,
    });
    expect(ghost!.metrics[0]!.measured).toEqual({
      state: "unmeasured",
      value: null,
      unit: "%",
      shown: null,
      window: "28d",
      reason: "the query returned no series",
    });
    expect(ghost!.instrumentation!.map((d) => [d.source, d.kind, d.state])).toContainEqual([
      "metric",
      "latency",
      "no-data",
    ]);
    expect(
      cart!.instrumentation!.every((d) => d.state === "data" && d.query.includes('job="cart"')),
    ).toBe(true);
  });

  it("with no Prometheus URL says once per check under warn that it is off, and fails each item under fail", async () => {
    const items = { "roadmap/shop.yaml": liveItem({ id: "FEAT-1", job: "shop" }) };
    const warned = await judgeLive(items, ["instrumentation: warn", "objectives: warn"]);
    expect(warned.live).toEqual([]);
    expect(warned.report.notices.filter((n) => n.startsWith("live."))).toEqual([
      "live.instrumentation is warn, but no Prometheus URL was given (CLI --prometheus-url or ROADMAP_GATE_PROMETHEUS_URL, Action input prometheus-url, App PROMETHEUS_URL), so no sli query or instrumentation signal was run.",
      "live.objectives is warn, but no Prometheus URL was given (CLI --prometheus-url or ROADMAP_GATE_PROMETHEUS_URL, Action input prometheus-url, App PROMETHEUS_URL), so no launched item's objective was measured.",
    ]);
    expect(warned.run.code).toBe(0);
    const failed = await judgeLive(items, ["objectives: fail"]);
    expect(failed.live.map((f) => [f.ruleId, f.level])).toEqual(
      Array.from({ length: 4 }, () => ["objective-unmeasured", "error"]),
    );
    expect(failed.run.code).toBe(1);
  });
}
