import { describe, expect, it } from "vitest";
import { escapePromqlString, renderBudgetQuery } from "../../core/error-budget/budget-query.js";
import { percent, readBudget } from "../../core/error-budget/budget-reading.js";
import { pullRequestBudgetItems } from "../../core/error-budget/budget-scope.js";
import { checkBudgets } from "../../core/error-budget/check-budgets.js";
import { gatherBudgetFacts } from "../../core/error-budget/gather-budget-facts.js";
import {
  PrometheusError,
  type PrometheusPort,
  type PrometheusSample,
} from "../../core/error-budget/prometheus-port.js";
import { loadItem } from "../../core/load/load-item.js";
import { budgetTargets } from "../../core/error-budget/budget-targets.js";
import { loadPolicy } from "../../core/load/load-policy.js";
import { DEFAULT_BUDGET_QUERY } from "../../core/policy/policy.js";
import { budgetItem } from "../support/budget-items.js";
import { policy } from "./support/evaluate.js";

const gateOn = policy({ error_budget: { gate: true } });

function loaded(file: string, text: string) {
  return loadItem({ path: file, content: text }, 1 << 20);
}

/** A Prometheus port that answers from a table and records how many queries ran at once. */
function fakePrometheus(answer: (query: string) => PrometheusSample[] | Error) {
  const asked: string[] = [];
  let inFlight = 0;
  let mostAtOnce = 0;
  const port: PrometheusPort = {
    origin: "http://prometheus.test",
    timeoutMs: 5000,
    async instantQuery(query) {
      asked.push(query);
      inFlight++;
      mostAtOnce = Math.max(mostAtOnce, inFlight);
      // Every query waits for the next turn of the event loop, so concurrent ones overlap.
      await new Promise<void>((resolve) => setImmediate(resolve));
      inFlight--;
      const result = answer(query);
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return { port, asked, mostAtOnce: () => mostAtOnce };
}

describe("the error-budget query", () => {
  it("fills the default Sloth query with the service and SLO", () => {
    expect(
      renderBudgetQuery(DEFAULT_BUDGET_QUERY, {
        slo: "checkout-availability",
        service: "checkout",
        item: "FEAT-1",
      }),
    ).toBe(
      'slo:period_error_budget_remaining:ratio{sloth_service="checkout", sloth_slo="checkout-availability"}',
    );
  });

  it("fills {item} too, and leaves other braces alone", () => {
    expect(
      renderBudgetQuery('x{item="{item}"} or on() vector(1)', {
        slo: "",
        service: "",
        item: "FEAT-1",
      }),
    ).toBe('x{item="FEAT-1"} or on() vector(1)');
  });

  it("escapes what could end a PromQL string, whichever quote it uses", () => {
    expect(escapePromqlString(`a"b'c\`d\\e\nf`)).toBe("a\\x22b\\x27c\\x60d\\\\e\\x0af");
    expect(
      renderBudgetQuery('m{s="{slo}"}', { slo: '"} or vector(1) or m{s="', service: "", item: "" }),
    ).toBe('m{s="\\x22} or vector(1) or m{s=\\x22"}');
  });
});

describe("the error-budget query per SLO format", () => {
  const item = { id: "FEAT-1", metrics: { latency: { slo: "api" } } };
  const queryFor = (format: "openslo" | "sloth" | "pyrra", budget: object = {}) =>
    budgetTargets(item, policy({ error_budget: budget }), () => ({
      name: "api",
      service: "web",
      format,
    }))[0]!.query;

  it("asks each format for the series its own tooling writes", () => {
    const sloth = 'slo:period_error_budget_remaining:ratio{sloth_service="web", sloth_slo="api"}';
    expect(queryFor("sloth")).toBe(sloth);
    expect(queryFor("openslo")).toBe(sloth);
    expect(queryFor("pyrra")).toBe(
      '(pyrra_availability{slo="api"} - pyrra_objective{slo="api"}) / (1 - pyrra_objective{slo="api"})',
    );
  });

  it("takes error_budget.queries for a format, and a changed query for the others", () => {
    const budget = { query: 'mine{s="{slo}"}', queries: { pyrra: 'p{s="{slo}"}' } };
    expect(queryFor("pyrra", budget)).toBe('p{s="api"}');
    expect(queryFor("sloth", budget)).toBe('mine{s="api"}');
    expect(queryFor("openslo", { queries: { openslo: 'o{s="{slo}"}' } })).toBe('o{s="api"}');
  });

  it("is a policy key the schema takes per format, and no other", () => {
    const load = (text: string) => loadPolicy({ path: ".github/roadmap-gate.yml", content: text });
    const good = load("error_budget:\n  queries:\n    pyrra: 'x{slo=\"{slo}\"}'\n");
    expect(good.findings).toEqual([]);
    expect(good.policy?.error_budget.queries).toEqual({ pyrra: 'x{slo="{slo}"}' });
    const bad = load("error_budget:\n  queries:\n    nobl9: x\n");
    expect(bad.policy).toBeUndefined();
    expect(bad.findings.map((f) => f.line)).toEqual([3]);
  });
});

describe("reading Prometheus's answer", () => {
  const one = (value: string): PrometheusSample[] => [{ labels: {}, value }];

  it("reads one finite value as the remaining ratio", () => {
    expect(readBudget(one("-0.12"))).toEqual({ kind: "remaining", remaining: -0.12 });
  });

  it("reads no series, several series, NaN and Inf as unknown", () => {
    expect(readBudget([])).toEqual({ kind: "unknown", reason: "the query returned no series" });
    expect(readBudget([...one("1"), ...one("0.5")])).toEqual({
      kind: "unknown",
      reason: "the query returned 2 series, not one",
    });
    expect(readBudget(one("NaN"))).toEqual({
      kind: "unknown",
      reason: "the query's value is NaN, not a number",
    });
    expect(readBudget(one("+Inf"))).toMatchObject({ kind: "unknown" });
  });

  it("reads a value Prometheus would not write as unknown, not as 0 or a hex number", () => {
    for (const value of ["", "[]", "0x10", " 0.5", "1_000", "0b1", "Infinity", "null"])
      expect(readBudget(one(value))).toEqual({
        kind: "unknown",
        reason: `the query's value ${JSON.stringify(value)} is not a number as Prometheus writes one`,
      });
    for (const [value, remaining] of [
      ["0.25", 0.25],
      ["-1.5e-3", -0.0015],
      ["1", 1],
      [".5", 0.5],
    ])
      expect(readBudget(one(value as string))).toEqual({ kind: "remaining", remaining });
  });

  it("writes ratios as percentages people read", () => {
    expect([percent(-0.12), percent(0.4567), percent(1), percent(-0.00001)]).toEqual([
      "-12%",
      "45.7%",
      "100%",
      "0%",
    ]);
  });
});

describe("asking Prometheus", () => {
  const items = Array.from({ length: 10 }, (_, i) => ({
    file: `roadmap/feat-${i}.yaml`,
    // Items 0 and 1 share an SLO: it is asked once.
    data: loaded(
      `roadmap/feat-${i}.yaml`,
      budgetItem({ id: `FEAT-${i}`, slo: `svc/slo-${Math.max(i, 1)}` }),
    ),
  })).map(({ file, data }) => ({ file, data: data.ok ? data.data : {} }));

  it("asks once per SLO, at most four at a time", async () => {
    const fake = fakePrometheus(() => [{ labels: {}, value: "0.5" }]);
    const facts = await gatherBudgetFacts(fake.port, items, gateOn);
    expect(fake.asked).toHaveLength(9);
    expect(new Set(fake.asked).size).toBe(9);
    expect(fake.mostAtOnce()).toBe(4);
    expect(facts.targets.get("roadmap/feat-0.yaml")).toEqual([
      {
        kind: "error_budget",
        slo: "slo-1",
        service: "svc",
        window: "30d",
        query: 'slo:period_error_budget_remaining:ratio{sloth_service="svc", sloth_slo="slo-1"}',
      },
    ]);
  });

  it("turns a failed query into an unknown reading, never a throw", async () => {
    const fake = fakePrometheus((q) =>
      q.includes("slo-3")
        ? new PrometheusError("timeout", "Prometheus did not answer")
        : new TypeError("boom"),
    );
    const facts = await gatherBudgetFacts(fake.port, items.slice(3, 5), gateOn);
    expect([...facts.readings.values()]).toEqual([
      { kind: "unknown", reason: "Prometheus did not answer" },
      { kind: "unknown", reason: "asking Prometheus failed: boom" },
    ]);
  });

  it("asks nothing when the policy leaves the gate off, and says so once when it has no URL", async () => {
    const fake = fakePrometheus(() => []);
    expect(await checkBudgets(fake.port, items, policy())).toEqual({ notices: [] });
    expect(fake.asked).toEqual([]);
    expect((await checkBudgets(undefined, items, gateOn)).notices).toHaveLength(1);
  });
});

describe("which items a pull request is held to", () => {
  const head = (text: string) => loaded("roadmap/a.yaml", text);
  const data = (text: string) => {
    const item = head(text);
    return item.ok ? item.data : undefined;
  };
  const base = (text: string | undefined) =>
    new Map([["roadmap/a.yaml", text === undefined ? undefined : data(text)]]);
  const files = (chosen: { file: string }[]) => chosen.map((c) => c.file);
  const launched = budgetItem({ id: "FEAT-1", slo: "s/x" });
  const withSlice = budgetItem({ id: "FEAT-1", slo: "s/x", slices: ["second"] });

  it("holds a PR that adds a slice to a launched item", () => {
    expect(files(pullRequestBudgetItems([head(withSlice)], base(launched), [], gateOn))).toEqual([
      "roadmap/a.yaml",
    ]);
  });

  it("holds a PR that moves an item into a held status, or adds a launched item", () => {
    const planned = budgetItem({ id: "FEAT-1", slo: "s/x", status: "planned" });
    expect(files(pullRequestBudgetItems([head(launched)], base(planned), [], gateOn))).toHaveLength(
      1,
    );
    expect(
      files(pullRequestBudgetItems([head(launched)], base(undefined), [], gateOn)),
    ).toHaveLength(1);
  });

  it("lets through a PR that changes a launched item without new scope", () => {
    const reworded = launched.replace("title: Item FEAT-1", "title: Reworded");
    expect(files(pullRequestBudgetItems([head(reworded)], base(launched), [], gateOn))).toEqual([]);
  });

  it("holds a PR that links a launched item, but not a planned one", () => {
    const planned = budgetItem({ id: "FEAT-1", slo: "s/x", status: "planned" });
    expect(files(pullRequestBudgetItems([], new Map(), [head(launched)], gateOn))).toHaveLength(1);
    expect(files(pullRequestBudgetItems([], new Map(), [head(planned)], gateOn))).toEqual([]);
  });
});
