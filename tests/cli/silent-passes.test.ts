import { describe, expect, it } from "vitest";
import type { JsonReport } from "../../core/format/json.js";
import { budgetItem, budgetPolicy, lineOf } from "../support/budget-items.js";
import { fixture, spawnCli, tempRepo, TODAY } from "./cli-harness.js";

// The bundled bin, as a user runs it: each way "0 items" or "not checked" could read as a pass.

const POLICY = ".github/roadmap-gate.yml";
const validate = (cwd: string, ...args: string[]) =>
  spawnCli(["validate", "--format", "json", "--today", TODAY, ...args], cwd, {
    env: { ROADMAP_GATE_PROMETHEUS_URL: "" },
  });

describe("the CLI never passes without checking what it was asked to", () => {
  it("refuses a path argument that matches no item file (exit 2)", async () => {
    const run = await validate(fixture("passing"), "roadmap/**/*.toml");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("no item files match roadmap/**/*.toml");
  });

  it("warns at `paths` when the policy's globs match no file at all", async () => {
    const { repo } = await tempRepo({
      [POLICY]: 'enforcement: block\npaths: ["plans/*.yaml"]\n',
      "roadmap/feat-1.yaml": budgetItem({ id: "FEAT-1", status: "proposed" }),
    });
    const run = await validate(repo);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.items).toEqual([]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: "policy-paths-unmatched",
        level: "warning",
        file: POLICY,
        line: 2,
        column: 1,
        message: "No file matches the policy's paths (plans/*.yaml), so no item was judged",
      }),
    ]);
  });

  it("fails each item the error-budget gate would check when unreachable: fail has no Prometheus URL", async () => {
    const items = {
      "roadmap/a.yaml": budgetItem({ id: "FEAT-1", slo: "checkout/availability" }),
      "roadmap/b.yaml": budgetItem({ id: "FEAT-2", slo: "checkout/latency" }),
    };
    const failing = await tempRepo({ [POLICY]: budgetPolicy("unreachable: fail"), ...items });
    const run = await validate(failing.repo);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(
      report.findings
        .filter((f) => f.ruleId === "error-budget-unknown")
        .map((f) => [f.file, f.level, f.line]),
    ).toEqual([
      ["roadmap/a.yaml", "error", lineOf(items["roadmap/a.yaml"], "slo:")],
      ["roadmap/b.yaml", "error", lineOf(items["roadmap/b.yaml"], "slo:")],
    ]);

    // Under warn it stays one note, and passes.
    const warning = await tempRepo({ [POLICY]: budgetPolicy(), ...items });
    const warned = await validate(warning.repo);
    expect(warned.code).toBe(0);
    const quiet = JSON.parse(warned.stdout) as JsonReport;
    expect(quiet.findings.filter((f) => f.ruleId === "error-budget-unknown")).toEqual([]);
    expect(quiet.notices.filter((n) => n.includes("no Prometheus URL was given"))).toHaveLength(1);
  });
});
