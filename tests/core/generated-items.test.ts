import { describe, expect, it } from "vitest";
import { evaluate } from "../../core/evaluate.js";
import { loadPolicy } from "../../core/load/load-policy.js";
import { BREAKAGES, generateItems, POLICY } from "../../scripts/generate-items.js";
import { TODAY } from "./support/item.js";

const items = generateItems({ count: 600, seed: 7, today: TODAY });
const { policy } = loadPolicy({ path: ".github/roadmap-gate.yml", content: POLICY });
const report = evaluate({
  files: items.map((i) => ({ path: i.path, content: i.content })),
  policy: policy!,
  today: TODAY,
});
const errorsOf = (path: string) =>
  report.findings.filter((f) => f.file === path && f.level === "error");

describe("the generated items (scripts/generate-items.ts)", () => {
  it("come with a valid policy", () => {
    expect(policy).toBeDefined();
  });

  it("are the same for the same seed, and differ for another", () => {
    expect(generateItems({ count: 50, seed: 7, today: TODAY })).toEqual(items.slice(0, 50));
    expect(generateItems({ count: 50, seed: 8, today: TODAY })).not.toEqual(items.slice(0, 50));
  });

  it("are about one in ten broken, and mix gated, proposed, AI and not", () => {
    const broken = items.filter((i) => i.broken).length;
    expect(broken / items.length).toBeGreaterThan(0.05);
    expect(broken / items.length).toBeLessThan(0.15);
    const statuses = new Set(items.filter((i) => !i.broken).map((i) => i.status));
    expect([...statuses].sort()).toEqual([
      "in_progress",
      "launched",
      "planned",
      "proposed",
      "retired",
    ]);
    expect(items.some((i) => i.ai && !i.broken)).toBe(true);
    expect(items.some((i) => !i.ai && !i.broken)).toBe(true);
    expect(new Set(items.map((i) => i.path)).size).toBe(items.length);
  });

  it("break in every way they know", () => {
    const many = generateItems({ count: 2_000, seed: 1, brokenShare: 0.5 });
    expect(new Set(many.map((i) => i.broken).filter(Boolean))).toEqual(
      new Set(Object.keys(BREAKAGES)),
    );
  });

  it("pass the gate when they are meant to be valid", () => {
    const failing = items
      .filter((i) => !i.broken)
      .map((i) => ({ path: i.path, errors: errorsOf(i.path).map((f) => f.message) }))
      .filter((i) => i.errors.length > 0);
    expect(failing).toEqual([]);
  });

  it("trip the rule they were broken for", () => {
    const missed = items
      .filter((i) => i.broken)
      .filter((i) => !errorsOf(i.path).some((f) => f.ruleId === i.expect))
      .map((i) => ({ path: i.path, broken: i.broken, got: errorsOf(i.path).map((f) => f.ruleId) }));
    expect(missed).toEqual([]);
  });
});

describe("a report judged without views (evaluate's views: false)", () => {
  const lean = evaluate({
    files: items.map((i) => ({ path: i.path, content: i.content })),
    policy: policy!,
    today: TODAY,
    views: false,
  });

  it("has the same findings, counts and verdicts as the full report", () => {
    expect(lean.findings).toEqual(report.findings);
    expect([lean.errors, lean.warnings, lean.notes, lean.result]).toEqual([
      report.errors,
      report.warnings,
      report.notes,
      report.result,
    ]);
    expect(lean.items).toEqual(
      report.items.map(({ file, id, status, gated, verdict, errors, warnings }) => ({
        file,
        id,
        status,
        gated,
        verdict,
        errors,
        warnings,
      })),
    );
  });

  it("holds no views: no titles, sign-offs, slices or waivers", () => {
    const verdictKeys = new Set(["file", "id", "status", "gated", "verdict", "errors", "warnings"]);
    for (const item of lean.items)
      for (const key of Object.keys(item)) expect(verdictKeys.has(key), key).toBe(true);
    expect(report.items.every((item) => "slices" in item && "signOffs" in item)).toBe(true);
  });
});
