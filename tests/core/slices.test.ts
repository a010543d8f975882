import { describe, expect, it } from "vitest";
import { at, evaluateOne, finding, ruleIds } from "./support/evaluate.js";
import { item, itemData } from "./support/item.js";

type Slice = Record<string, unknown>;
const slice = (id: string, dependsOn?: string[]): Slice => ({
  id,
  value: `Ships ${id}`,
  acceptance: `Tests ${id}`,
  ...(dependsOn ? { depends_on: dependsOn } : {}),
});
const instrumentation = itemData().instrumentation as Record<string, Record<string, unknown>>;
/** Instrumentation that starts every kind with `first`, so only the slice graph is judged. */
const from = (first: string, later = first) => ({
  logging: { ...instrumentation.logging, from_slice: first },
  failures: { ...instrumentation.failures, from_slice: first },
  performance: { ...instrumentation.performance, from_slice: later },
  user_feedback: { ...instrumentation.user_feedback, from_slice: later },
});
const withSlices = (slices: Slice[], first = String(slices[0]!.id)) =>
  item({ slices, instrumentation: from(first) });

describe("the slice graph", () => {
  it("accepts a chain and a diamond", () => {
    expect(
      evaluateOne(withSlices([slice("a"), slice("b", ["a"]), slice("c", ["b"])])).findings,
    ).toEqual([]);
    const diamond = [slice("a"), slice("b", ["a"]), slice("c", ["a"]), slice("d", ["b", "c"])];
    expect(evaluateOne(withSlices(diamond)).findings).toEqual([]);
  });

  it("reports a repeated slice id at the second one", () => {
    const text = withSlices([slice("a"), slice("b"), slice("a")]);
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "slice-duplicate-id",
        ...at(text, "- id: |a", 2),
        message: "Slice id `a` is used twice in FEAT-1",
      }),
    ]);
  });

  it("reports each unknown dependency at the dependency", () => {
    const text = withSlices([slice("a"), slice("b", ["a", "x", "y"])]);
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "slice-dependency-unknown",
        ...at(text, "- |x\n"),
        message: "Slice `b` depends on `x`, which FEAT-1 does not have",
      }),
      finding({
        ruleId: "slice-dependency-unknown",
        ...at(text, "- |y\n"),
        message: "Slice `b` depends on `y`",
      }),
    ]);
  });

  it("reports a slice that depends on itself as a cycle", () => {
    const text = withSlices([slice("a", ["a"])]);
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "slice-dependency-cycle",
        ...at(text, "depends_on:\n      |- a"),
        message: "depend on each other in a cycle: a → a",
      }),
    ]);
  });

  it("reports a cycle of three once, at the slice where it was found, with order warnings", () => {
    const text = withSlices([slice("a", ["c"]), slice("b", ["a"]), slice("c", ["b"])]);
    const report = evaluateOne(text);
    expect(report.findings).toEqual([
      finding({
        ruleId: "slice-dependency-cycle",
        ...at(text, "depends_on:\n      |- c"),
        message: "Slices of FEAT-1 depend on each other in a cycle: a → c → b → a",
      }),
      finding({
        ruleId: "slice-dependency-order",
        level: "warning",
        ...at(text, "- |c\n"),
        message: "Slice `a` depends on `c`, which comes later",
      }),
    ]);
  });

  it("warns, without failing, when a slice depends on a later one", () => {
    const text = withSlices([slice("a", ["b"]), slice("b")]);
    const report = evaluateOne(text);
    expect(report.findings).toEqual([
      finding({
        ruleId: "slice-dependency-order",
        level: "warning",
        ...at(text, "- |b\n"),
        message: "Slice `a` depends on `b`, which comes later",
      }),
    ]);
    expect(report.result).toBe("pass");
    expect(report.items[0]).toMatchObject({ verdict: "pass", warnings: 1 });
  });

  it("shows the graph in the item's report", () => {
    const report = evaluateOne(withSlices([slice("a"), slice("b", ["a"])]));
    expect(report.items[0]!.slices).toEqual([
      { id: "a", value: "Ships a", dependsOn: [] },
      { id: "b", value: "Ships b", dependsOn: ["a"] },
    ]);
  });

  it("judges the graph of a proposed item too", () => {
    const text = item({
      status: "proposed",
      slices: [slice("a", ["x"])],
      instrumentation: from("a"),
    });
    expect(ruleIds(evaluateOne(text))).toEqual(["slice-dependency-unknown"]);
  });
});

describe("instrumentation and slices", () => {
  it("reports from_slice naming a slice the item does not have, listing the ones it has", () => {
    const text = item({
      instrumentation: { ...instrumentation, performance: { how: "Spans", from_slice: "export" } },
    });
    const report = evaluateOne(text);
    expect(report.findings).toEqual([
      finding({
        ruleId: "instrumentation-slice-unknown",
        ...at(text, "from_slice: |export\n"),
        message:
          "instrumentation.performance starts from slice `export`, which FEAT-1 does not have",
      }),
    ]);
    expect(report.findings[0]!.hint).toContain("export-api, export-button");
  });

  it.each(["logging", "failures"])("requires %s from the first slice", (kind) => {
    const text = item({
      instrumentation: { ...instrumentation, [kind]: { how: "x", from_slice: "export-button" } },
    });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "instrumentation-not-day-one",
        ...at(text, `${kind}:\n    how: x\n    from_slice: |export-button`),
        message: `instrumentation.${kind} starts with slice \`export-button\`, not the first slice \`export-api\``,
      }),
    ]);
  });

  it.each(["performance", "user_feedback", "drift", "cost"])(
    "lets %s start with a later slice",
    (kind) => {
      const text = item({
        instrumentation: { ...instrumentation, [kind]: { how: "x", from_slice: "export-button" } },
      });
      expect(evaluateOne(text).findings).toEqual([]);
    },
  );

  it("reports from_slice on an item without slices", () => {
    const text = item({ status: "proposed", slices: undefined });
    expect(ruleIds(evaluateOne(text))).toEqual(
      Array(4).fill("instrumentation-slice-unknown") as string[],
    );
  });
});
