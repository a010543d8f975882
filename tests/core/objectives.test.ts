import { describe, expect, it } from "vitest";
import { at, evaluateOne, finding } from "./support/evaluate.js";
import { item, itemData, metric } from "./support/item.js";

const metrics = itemData().metrics as Record<string, unknown>;
const withLatency = (objective: string, window = "28d") =>
  item({ metrics: { ...metrics, latency: metric(objective, window) } });

/** Where the value of the latency metric's `key` starts. */
function valueAt(text: string, key: string) {
  const offset = text.indexOf(`${key}: `, text.indexOf("  latency:")) + key.length + 2;
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

describe("objective grammar", () => {
  it.each([
    ">= 99.5%",
    "<= 0.1%",
    "p95 <= 300ms",
    "p99 < 5s",
    "p99.9 <= 2s",
    "<= 2/week",
    "< 3/hour",
    "== 0/day",
    "> 10/month",
    ">=99%",
    ">= 100%",
    ">= 0%",
    "<= 5",
  ])("accepts %j", (objective) => {
    expect(evaluateOne(withLatency(objective)).findings).toEqual([]);
  });

  it.each([
    "fast",
    "99.5%",
    "=> 99%",
    "= 5ms",
    ">= 99.5 %",
    ">= 5 minutes",
    "P95 <= 300ms",
    "p95<=300ms",
    "p <= 300ms",
    ">= 1e3ms",
  ])("rejects %j as an objective", (objective) => {
    const text = withLatency(objective);
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "objective-format",
        ...valueAt(text, "objective"),
        message: "`metrics.latency.objective` in FEAT-1",
      }),
    ]);
  });

  it("says an empty objective is empty", () => {
    const text = withLatency("");
    expect(evaluateOne(text).findings).toContainEqual(
      finding({
        ruleId: "empty-value",
        ...valueAt(text, "objective"),
        message: "`metrics.latency.objective` in FEAT-1 is empty",
      }),
    );
  });
});

describe("objective sanity", () => {
  it.each([">= 100.1%", "<= -1%", ">= 250%"])("keeps %j within 0..100", (objective) => {
    const text = withLatency(objective);
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "objective-percent-range",
        ...valueAt(text, "objective"),
        message: `metrics.latency objective "${objective}" is a percentage outside 0..100`,
      }),
    ]);
  });

  it.each(["p95 <= 1%", "p95 <= 2/day", "p95 <= 300"])(
    "allows a percentile only with ms or s: %j",
    (objective) => {
      const text = withLatency(objective);
      expect(evaluateOne(text).findings).toEqual([
        finding({
          ruleId: "objective-percentile-unit",
          ...valueAt(text, "objective"),
          message: `metrics.latency objective "${objective}" has a percentile but no time unit`,
        }),
      ]);
    },
  );

  it("reports both faults of a percentile of 120 percent", () => {
    const text = withLatency("p95 <= 120%");
    expect(evaluateOne(text).findings.map((f) => f.ruleId)).toEqual([
      "objective-percent-range",
      "objective-percentile-unit",
    ]);
  });

  it("checks custom metric kinds too", () => {
    const text = item({ metrics: { ...metrics, cost_ratio: metric("<= 120%") } });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "objective-percent-range",
        ...at(text, "<= 120%"),
        message: 'metrics.cost_ratio objective "<= 120%"',
      }),
    ]);
  });
});

describe("windows", () => {
  it.each(["24h", "28d", "4w", "1d"])("accepts %j", (window) => {
    expect(evaluateOne(withLatency("p95 <= 300ms", window)).findings).toEqual([]);
  });

  it.each(["28", "28 d", "1m", "d", "7 days", "-1d", "1.5d"])("rejects %j", (window) => {
    const text = withLatency("p95 <= 300ms", window);
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "window-format",
        ...valueAt(text, "window"),
        message: `\`metrics.latency.window\` in FEAT-1 ${JSON.stringify(window)} is not a window`,
      }),
    ]);
  });

  it("reports a metric without a window at the metric", () => {
    const text = item({
      metrics: { ...metrics, latency: { objective: "p95 <= 300ms", source: "grafana" } },
    });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "missing-field",
        ...at(text, "  latency:\n    |objective"),
        message: "`metrics.latency` in FEAT-1 has no `window`",
      }),
    ]);
  });
});

describe("an empty objective", () => {
  it("is reported once, as empty, not also as outside the grammar", () => {
    const text = withLatency("");
    expect(evaluateOne(text).findings.map((f) => f.ruleId)).toEqual(["empty-value"]);
  });
});
