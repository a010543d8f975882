import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PrometheusPort, PrometheusSample } from "../../core/error-budget/prometheus-port.js";
import { PrometheusError } from "../../core/error-budget/prometheus-port.js";
import { loadItem } from "../../core/load/load-item.js";
import { checkLive } from "../../core/live/check-live.js";
import { gatherLiveFacts } from "../../core/live/gather-live-facts.js";
import { everyLiveItem, pullRequestLiveItems, type LiveItems } from "../../core/live/live-scope.js";
import {
  keeps,
  measure,
  planObjective,
  shownValue,
  type Reads,
} from "../../core/live/objective-plan.js";
import { readObjective } from "../../core/slo/objective.js";
import type { Policy } from "../../core/policy/policy.js";
import { liveQueries } from "../support/live-series.js";
import { at, evaluateOne, FILE, only, policy, ruleIds } from "./support/evaluate.js";
import { itemData, metric, waiver, yaml } from "./support/item.js";

/** measure() of one value against one objective, over a window in days. */
const measured = (kind: string, objective: string, days: number, reads: Reads, value: number) =>
  measure(kind, readObjective(objective)!, days, reads, value);

describe("a measured value in the objective's unit", () => {
  it("reads a ratio of good events as a percentage", () => {
    expect(measured("pipeline_reliability", ">= 99.9%", 28, "good-fraction", 0.995)).toEqual({
      value: 99.5,
      meets: false,
    });
    expect(measured("pipeline_reliability", ">= 99%", 28, "good-fraction", 0.995).meets).toBe(true);
  });

  it("reads a ratio of bad events as the good percentage, or as the budget spent for error_budget", () => {
    expect(
      measured("pipeline_reliability", ">= 99.9%", 28, "bad-fraction", 0.002).value,
    ).toBeCloseTo(99.8, 9);
    expect(measured("error_budget", "<= 0.1%", 30, "bad-fraction", 0.002)).toEqual({
      value: 0.2,
      meets: false,
    });
    const fromGood = measured("error_budget", "<= 0.1%", 30, "good-fraction", 0.9995);
    expect(fromGood.value).toBeCloseTo(0.05, 9);
    expect(fromGood.meets).toBe(true);
  });

  it("reads seconds as ms or s", () => {
    expect(measured("latency", "p95 <= 300ms", 7, "value", 0.412)).toEqual({
      value: 412,
      meets: false,
    });
    expect(measured("latency", "p95 <= 1s", 7, "value", 0.412)).toEqual({
      value: 0.412,
      meets: true,
    });
  });

  it("reads a fraction as a percentage", () => {
    expect(measured("adoption", ">= 95%", 28, "value", 0.97)).toEqual({ value: 97, meets: true });
  });

  it("divides a count over the window by the window in the rate's unit", () => {
    expect(measured("drift_alerts", "<= 2/week", 28, "value", 12)).toEqual({
      value: 3,
      events: 12,
      meets: false,
    });
    expect(measured("drift_alerts", "<= 2/week", 28, "value", 8).meets).toBe(true);
    expect(measured("drift_alerts", "<= 2/day", 7, "value", 14)).toMatchObject({ value: 2 });
    expect(measured("incidents", "<= 1/month", 30, "value", 5)).toMatchObject({ value: 5 });
    expect(measured("pages", "<= 1/hour", 1, "value", 48)).toMatchObject({ value: 2 });
    expect(measured("pages", "<= 1/month", 7, "value", 1).value).toBeCloseTo(30 / 7, 9);
  });

  it("reads a number without a unit as it is", () => {
    expect(measured("throughput", ">= 100", 1, "value", 150)).toEqual({ value: 150, meets: true });
  });

  it("compares equal numbers as equal, whatever floating point makes of them", () => {
    expect(measured("pipeline_reliability", ">= 99.9%", 28, "good-fraction", 0.999).meets).toBe(
      true,
    );
    expect(keeps(0.1 + 0.2, "==", 0.3)).toBe(true);
    expect(keeps(0.3, "<", 0.3)).toBe(false);
    expect(keeps(0.30001, ">", 0.3)).toBe(true);
  });

  it("is shown with as many digits as it takes to keep the verdict", () => {
    expect(shownValue(99.8996, ">=", 99.9)).toBe("99.8996");
    expect(shownValue(412.345, "<=", 300)).toBe("412");
    expect(shownValue(0.35, "<=", 0.1)).toBe("0.35");
    expect(shownValue(0, "<=", 2)).toBe("0");
  });
});

describe("the query that measures a metric", () => {
  const ratio = {
    type: "prometheus",
    good: "sum(rate(ok[{{.window}}]))",
    total: "sum(rate(all[{{ .window }}]))",
  };

  it("is one query (good) / (total) over the metric's window", () => {
    expect(planObjective(">= 99.5%", "28d", ratio)).toEqual({
      query: "(sum(rate(ok[28d]))) / (sum(rate(all[28d])))",
      reads: "good-fraction",
    });
    const { good: _good, ...bad } = { ...ratio, bad: "sum(rate(err[{{.window}}]))" };
    expect(planObjective("<= 0.1%", "30d", bad)).toEqual({
      query: "(sum(rate(err[30d]))) / (sum(rate(all[30d])))",
      reads: "bad-fraction",
    });
  });

  it("is a threshold metric's query with the window in place", () => {
    const query = "histogram_quantile(0.95, sum by (le) (rate(h_bucket[{{.window}}])))";
    expect(planObjective("p95 <= 300ms", "7d", { type: "prometheus", query })).toEqual({
      query: "histogram_quantile(0.95, sum by (le) (rate(h_bucket[7d])))",
      reads: "value",
    });
  });

  it("says a ratio cannot be compared with an objective that is not a percentage", () => {
    expect(planObjective("p95 <= 300ms", "7d", ratio)).toEqual({
      problem: expect.stringContaining('"p95 <= 300ms" is not a percentage') as string,
    });
  });

  it("is none for an sli of another type, or an objective that does not read", () => {
    expect(planObjective(">= 99%", "28d", { ...ratio, type: "datadog" })).toBeUndefined();
    expect(planObjective("99%", "28d", ratio)).toBeUndefined();
    expect(planObjective(">= 99%", "a month", ratio)).toBeUndefined();
  });
});

/** A port that answers from a table (a missing query: no series), counting what it is asked. */
function tablePort(answers: Record<string, PrometheusSample[] | Error>) {
  const asked: string[] = [];
  let inFlight = 0;
  let widest = 0;
  const port: PrometheusPort = {
    origin: "http://prometheus.test",
    timeoutMs: 5000,
    async instantQuery(query) {
      asked.push(query);
      widest = Math.max(widest, ++inFlight);
      // One turn of the event loop, so that queries sent together overlap.
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      const answer = answers[query] ?? [];
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { port, asked, widest: () => widest };
}

const one = (value: string): PrometheusSample[] => [{ labels: {}, value }];

const GOOD = 'sum(rate(export_requests_total{code!~"5.."}[{{.window}}]))';
const TOTAL = "sum(rate(export_requests_total[{{.window}}]))";
const LATENCY =
  "histogram_quantile(0.95, sum by (le) (rate(export_duration_seconds_bucket[{{.window}}])))";
const UP = 'up{job="export-api"}';

/** A launched item whose reliability is a ratio, latency a threshold query, and logging a signal. */
function liveItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base = itemData();
  const metrics = base.metrics as Record<string, Record<string, unknown>>;
  const instrumentation = base.instrumentation as Record<string, Record<string, unknown>>;
  return itemData({
    status: "launched",
    metrics: {
      ...metrics,
      pipeline_reliability: {
        ...metric(">= 99.9%"),
        sli: { type: "prometheus", good: GOOD, total: TOTAL },
      },
      latency: { ...metric("p95 <= 300ms", "7d"), sli: { type: "prometheus", query: LATENCY } },
    },
    instrumentation: {
      ...instrumentation,
      logging: { ...instrumentation.logging, signal: { type: "prometheus", query: UP } },
    },
    ...overrides,
  });
}

const RATIO_28D = `(${GOOD.replace("{{.window}}", "28d")}) / (${TOTAL.replace("{{.window}}", "28d")})`;
const LATENCY_7D = LATENCY.replace("{{.window}}", "7d");
const GOOD_1H = GOOD.replace("{{.window}}", "1h");
const TOTAL_1H = TOTAL.replace("{{.window}}", "1h");
const LATENCY_1H = LATENCY.replace("{{.window}}", "1h");

function livePolicy(live: Record<string, unknown>, more: Record<string, unknown> = {}): Policy {
  return policy({ live, ...more });
}

/** Gathers with the port, then judges the item's text with what Prometheus said. */
async function judgeLive(
  data: Record<string, unknown>,
  answers: Record<string, PrometheusSample[] | Error>,
  judgedPolicy: Policy,
) {
  const text = yaml(data);
  const loaded = loadItem({ path: FILE, content: text }, 1 << 20);
  const items: LiveItems = {
    instrumentation: judgedPolicy.live.instrumentation === "off" ? [] : [loaded as never],
    objectives: judgedPolicy.live.objectives === "off" ? [] : [loaded as never],
  };
  const fake = tablePort(answers);
  const live = await gatherLiveFacts(fake.port, items, judgedPolicy);
  return { text, report: evaluateOne(text, { policy: judgedPolicy, live }), fake };
}

describe("instrumentation is live (SPEC 9.1)", () => {
  it("asks each sli query and signal once, with {{.window}} = live.freshness", async () => {
    const { fake, report } = await judgeLive(
      liveItem(),
      { [GOOD_1H]: one("3"), [TOTAL_1H]: one("3"), [LATENCY_1H]: one("0.2"), [UP]: one("1") },
      livePolicy({ instrumentation: "fail" }),
    );
    expect(fake.asked.sort()).toEqual([GOOD_1H, LATENCY_1H, TOTAL_1H, UP].sort());
    expect(report.findings).toEqual([]);
  });

  it("reports a query that returns no series at that query's value", async () => {
    const { text, report } = await judgeLive(
      liveItem(),
      { [GOOD_1H]: one("3"), [TOTAL_1H]: one("3"), [UP]: one("1") },
      livePolicy({ instrumentation: "fail", freshness: "1h" }),
    );
    expect(report.findings).toEqual([
      {
        ruleId: "instrumentation-no-data",
        level: "error",
        file: FILE,
        ...at(text, "query: |histogram_quantile"),
        message: `metrics.latency.sli.query of FEAT-1: \`${LATENCY_1H}\` returns no series: nothing is measured yet`,
        hint: "Ship the instrumentation, or fix the query to select series that exist; data means at least one series with a sample within live.freshness (1h).",
      },
    ]);
  });

  it("reads zero and NaN as data, and is a warning under warn", async () => {
    const { report } = await judgeLive(
      liveItem(),
      { [GOOD_1H]: one("0"), [TOTAL_1H]: one("NaN"), [LATENCY_1H]: one("NaN") },
      livePolicy({ instrumentation: "warn" }),
    );
    expect(report.findings.map((f) => [f.ruleId, f.level, f.message.slice(0, 40)])).toEqual([
      ["instrumentation-no-data", "warning", "instrumentation.logging.signal.query of "],
    ]);
  });

  it("says a query Prometheus did not answer is unknown: a warning, an error with unreachable: fail", async () => {
    const down = new PrometheusError(
      "unreachable",
      "Prometheus at http://p could not be reached (ECONNREFUSED)",
    );
    const answers = {
      [GOOD_1H]: down,
      [TOTAL_1H]: one("1"),
      [LATENCY_1H]: one("1"),
      [UP]: one("1"),
    };
    const warned = await judgeLive(liveItem(), answers, livePolicy({ instrumentation: "fail" }));
    expect(only(warned.report, "instrumentation-unknown")).toEqual([
      expect.objectContaining({
        level: "warning",
        ...at(warned.text, "good: |sum"),
        message:
          "Whether metrics.pipeline_reliability.sli.good of FEAT-1 returns data is unknown: Prometheus at http://p could not be reached (ECONNREFUSED)",
      }),
    ]);
    const failed = await judgeLive(
      liveItem(),
      answers,
      livePolicy({ instrumentation: "warn", unreachable: "fail" }),
    );
    expect(only(failed.report, "instrumentation-unknown")[0]!.level).toBe("error");
  });

  it("does not send a query that PromQL's grammar rejects (sli-query-syntax says so)", async () => {
    const data = liveItem();
    (data.instrumentation as Record<string, Record<string, unknown>>).logging!.signal = {
      type: "prometheus",
      query: "up{",
    };
    const { fake, report } = await judgeLive(data, {}, livePolicy({ instrumentation: "warn" }));
    expect(fake.asked).not.toContain("up{");
    expect(ruleIds(report)).toContain("sli-query-syntax");
  });
});

describe("objectives are measured (SPEC 9.2)", () => {
  const objectives = livePolicy({ objectives: "fail" });

  it("measures each metric over its own window, one query each, and passes what keeps its objective", async () => {
    const { fake, report } = await judgeLive(
      liveItem(),
      { [RATIO_28D]: one("0.9995"), [LATENCY_7D]: one("0.25") },
      objectives,
    );
    expect(fake.asked.sort()).toEqual([LATENCY_7D, RATIO_28D].sort());
    expect(report.findings).toEqual([]);
  });

  it("reports a broken objective at the objective, with both numbers and the window", async () => {
    const { text, report } = await judgeLive(
      liveItem(),
      { [RATIO_28D]: one("0.9991"), [LATENCY_7D]: one("0.412") },
      objectives,
    );
    expect(report.findings).toEqual([
      {
        ruleId: "objective-breached",
        level: "error",
        file: FILE,
        ...at(text, "objective: |p95 <= 300ms"),
        message: "latency p95 is 412 ms over 7d; FEAT-1 promises p95 <= 300ms",
        hint: "Ship reliability work first (on a pull request, the label `reliability` or `incident` exempts it); a waiver of objective-breached in the item lets new scope through (on a pull request, approved by a reviewer).",
      },
    ]);
  });

  it("is a warning under warn", async () => {
    const { report } = await judgeLive(
      liveItem(),
      { [RATIO_28D]: one("0.99"), [LATENCY_7D]: one("0.1") },
      livePolicy({ objectives: "warn" }),
    );
    expect(report.findings.map((f) => [f.ruleId, f.level, f.message])).toEqual([
      [
        "objective-breached",
        "warning",
        "pipeline_reliability is 99% over 28d; FEAT-1 promises >= 99.9%",
      ],
    ]);
  });

  it("says no series, NaN or several series is unmeasured: a warning, an error with unreachable: fail", async () => {
    const two = [...one("0.1"), ...one("0.2")];
    const { text, report } = await judgeLive(
      liveItem(),
      { [RATIO_28D]: one("NaN"), [LATENCY_7D]: two },
      objectives,
    );
    expect(report.findings.map((f) => [f.ruleId, f.level, f.line, f.message])).toEqual([
      [
        "objective-unmeasured",
        "warning",
        at(text, 'objective: |">= 99.9%"').line,
        "pipeline_reliability of FEAT-1 could not be measured over 28d: the query's value is NaN, not a number (no events in the window?)",
      ],
      [
        "objective-unmeasured",
        "warning",
        at(text, "objective: |p95 <= 300ms").line,
        "latency p95 of FEAT-1 could not be measured over 7d: the query returned 2 series, not one",
      ],
    ]);
    const strict = await judgeLive(
      liveItem(),
      {},
      livePolicy({ objectives: "warn", unreachable: "fail" }),
    );
    expect(strict.report.findings.map((f) => [f.level, f.message.split(": ")[1]])).toEqual([
      ["error", "the query returned no series"],
      ["error", "the query returned no series"],
    ]);
  });

  it("says a ratio cannot be compared with a latency objective, without asking", async () => {
    const data = liveItem();
    const metrics = data.metrics as Record<string, Record<string, unknown>>;
    metrics.latency!.sli = { type: "prometheus", good: GOOD, total: TOTAL };
    const { fake, report } = await judgeLive(data, { [RATIO_28D]: one("1") }, objectives);
    expect(fake.asked).toEqual([RATIO_28D]);
    expect(only(report, "objective-unmeasured")).toEqual([
      expect.objectContaining({
        level: "warning",
        message: expect.stringContaining('"p95 <= 300ms" is not a percentage') as string,
      }),
    ]);
  });

  it("counts drift alerts over the window against a rate objective", async () => {
    const alerts =
      'count(count_over_time(ALERTS_FOR_STATE{alertname="ModelDrift"}[{{.window}}])) or vector(0)';
    const data = liveItem();
    const metrics = data.metrics as Record<string, Record<string, unknown>>;
    metrics.drift_alerts = {
      ...metric("<= 2/week", "4w"),
      sli: { type: "prometheus", query: alerts },
    };
    const { report } = await judgeLive(
      data,
      {
        [RATIO_28D]: one("1"),
        [LATENCY_7D]: one("0.1"),
        [alerts.replace("{{.window}}", "4w")]: one("12"),
      },
      objectives,
    );
    expect(report.findings.map((f) => f.message)).toEqual([
      "drift_alerts is 3/week over 4w (12 in all); FEAT-1 promises <= 2/week",
    ]);
  });

  it("is waived by a valid waiver of objective-breached", async () => {
    const data = liveItem({
      waivers: [waiver({ rule: "objective-breached", reason: "Tuning the cache" })],
    });
    const { report } = await judgeLive(
      data,
      { [RATIO_28D]: one("1"), [LATENCY_7D]: one("0.5") },
      objectives,
    );
    expect(ruleIds(report)).toEqual(["waiver-applied"]);
  });

  it("measures launched items only, and checks the instrumentation of items in live.statuses", () => {
    const load = (status: string) =>
      loadItem({ path: `roadmap/${status}.yaml`, content: yaml(liveItem({ status })) }, 1 << 20);
    const loaded = ["launched", "in_progress", "planned"].map(load);
    const scoped = everyLiveItem(
      loaded,
      livePolicy({ objectives: "fail", instrumentation: "warn" }),
    );
    expect(scoped.objectives.map((i) => i.file)).toEqual(["roadmap/launched.yaml"]);
    expect(scoped.instrumentation.map((i) => i.file)).toEqual([
      "roadmap/launched.yaml",
      "roadmap/in_progress.yaml",
    ]);
  });
});

describe("what a pull request holds to its objectives", () => {
  const objectives = livePolicy({ objectives: "fail", instrumentation: "warn" });
  const load = (data: Record<string, unknown>) =>
    loadItem({ path: FILE, content: yaml(data) }, 1 << 20);
  const scope = (labels: string[], base: Record<string, unknown> | undefined, head = liveItem()) =>
    pullRequestLiveItems({
      judged: [load(head)],
      changed: [load(head)],
      base: new Map([[FILE, base]]),
      linked: [],
      labels,
      policy: objectives,
    });

  it("holds a launched item it adds, or adds a slice to, and checks the instrumentation of every judged item", () => {
    expect(scope([], undefined).objectives.map((i) => i.file)).toEqual([FILE]);
    const slices = (liveItem().slices as unknown[]).slice(0, 1);
    expect(scope([], liveItem({ slices })).objectives.map((i) => i.file)).toEqual([FILE]);
    const unchanged = scope([], liveItem());
    expect(unchanged.objectives).toEqual([]);
    expect(unchanged.instrumentation.map((i) => i.file)).toEqual([FILE]);
  });

  it("lets reliability work through with an exempt label, and says so", () => {
    const exempt = scope(["reliability"], undefined);
    expect(exempt.objectives).toEqual([]);
    expect(exempt.notices).toEqual([
      "The pull request carries the label reliability: launched items' objectives (live.objectives) do not hold reliability work.",
    ]);
  });
});

describe("the live checks' bounds", () => {
  it("send one query per distinct text, at most 4 at once, whatever the number of items", async () => {
    const items = Array.from({ length: 30 }, (_, i) => {
      const data = liveItem({ id: `FEAT-${i + 1}` });
      // Ten distinct latency queries, shared by three items each.
      const metrics = data.metrics as Record<string, Record<string, unknown>>;
      metrics.latency!.sli = {
        type: "prometheus",
        query: LATENCY.replace("export", `svc${i % 10}`),
      };
      return { file: `roadmap/feat-${i + 1}.yaml`, data };
    });
    const fake = tablePort({});
    const policyOn = livePolicy({ instrumentation: "warn", objectives: "warn" });
    await gatherLiveFacts(fake.port, { instrumentation: items, objectives: items }, policyOn);
    // Instrumentation: good, total, up and ten latencies (1h); objectives: one ratio, ten latencies (7d).
    expect(fake.asked).toHaveLength(3 + 10 + 1 + 10);
    expect(new Set(fake.asked).size).toBe(fake.asked.length);
    expect(fake.widest()).toBe(4);
  });

  it("with no Prometheus URL, say once per check under warn that it is off", async () => {
    const items = { instrumentation: [{ file: FILE, data: liveItem() }], objectives: [] };
    const result = await checkLive(
      undefined,
      items,
      livePolicy({ instrumentation: "warn", objectives: "warn" }),
    );
    expect(result.facts).toBeUndefined();
    expect(result.notices).toEqual([
      "live.instrumentation is warn, but no Prometheus URL was given (CLI --prometheus-url or ROADMAP_GATE_PROMETHEUS_URL, Action input prometheus-url, App PROMETHEUS_URL), so no sli query or instrumentation signal was run.",
      "live.objectives is warn, but no Prometheus URL was given (CLI --prometheus-url or ROADMAP_GATE_PROMETHEUS_URL, Action input prometheus-url, App PROMETHEUS_URL), so no launched item's objective was measured.",
    ]);
  });

  it("with no Prometheus URL under fail, make each item it would have checked an error", async () => {
    const data = liveItem();
    const failing = livePolicy({ objectives: "fail" });
    const result = await checkLive(
      undefined,
      { instrumentation: [], objectives: [{ file: FILE, data }] },
      failing,
    );
    expect(result.notices).toEqual([]);
    const report = evaluateOne(yaml(data), { policy: failing, live: result.facts });
    expect(report.findings.map((f) => [f.ruleId, f.level, f.message])).toEqual([
      [
        "objective-unmeasured",
        "error",
        "pipeline_reliability of FEAT-1 could not be measured over 28d: no Prometheus URL was given (CLI --prometheus-url or ROADMAP_GATE_PROMETHEUS_URL, Action input prometheus-url, App PROMETHEUS_URL)",
      ],
      ["objective-unmeasured", "error", expect.stringContaining("latency p95 of FEAT-1") as string],
    ]);
  });

  it("do nothing when both are off", async () => {
    const fake = tablePort({});
    const items = { instrumentation: [{ file: FILE, data: liveItem() }], objectives: [] };
    expect(await checkLive(fake.port, items, policy())).toEqual({ notices: [] });
    expect(fake.asked).toEqual([]);
  });
});

describe("docs/live-checks.md", () => {
  it("shows exactly the queries the real-Prometheus tests run", () => {
    const page = readFileSync(join(import.meta.dirname, "../../docs/live-checks.md"), "utf8");
    const { good, bad, total, latency, drift } = liveQueries("cart");
    for (const query of [good, bad, total, latency, drift]) expect(page).toContain(`'${query}'`);
  });

  it("and the README shows the latency and drift-alert queries the tests run", () => {
    const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
    const { latency, drift } = liveQueries("cart");
    for (const query of [latency, drift]) expect(readme).toContain(`'${query}'`);
  });
});
