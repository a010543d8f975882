import { describe, expect, it } from "vitest";
import type { JsonReport } from "../../core/format/json.js";
import { fixture, REPO, runMain, TODAY } from "./cli-harness.js";

describe("roadmap-gate report", () => {
  it("prints every item, its verdict and its slice graph as markdown, and exits 0", async () => {
    const run = await runMain(
      ["report", "--config", "examples/.github/roadmap-gate.yml", "--today", TODAY],
      REPO,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("## ❌ roadmap-gate: fail");
    expect(run.stdout).toContain(
      "| FEAT-142 | Bulk CSV export | planned | ✅ pass | ❔ @\u200dsam approved 2026-10-20 | `examples/roadmap/bulk-export.yaml` |",
    );
    expect(run.stdout).toContain(
      [
        "```mermaid",
        "flowchart LR",
        '  s0["export-api<br/>An API returns all orders of an account as CSV"]',
        '  s1["export-button<br/>Users download the CSV from the orders page"]',
        "  s0 --> s1",
        "```",
      ].join("\n"),
    );
    expect(run.stdout).toContain(
      "- ❌ **error** line 24, column 1: Unknown key `metircs` in FEAT-151; did you mean `metrics`?",
    );
  });

  it("escapes what item files say", async () => {
    const run = await runMain(["report", "--today", TODAY], fixture("failing"));
    expect(run.stdout).toContain(
      "| FEAT-11 | Pipes \\| &lt;b&gt;bold&lt;/b&gt; &amp; @\u200deveryone | proposed |",
    );
  });

  it("prints the JSON report with --format json", async () => {
    const run = await runMain(["report", "--format", "json", "--today", TODAY], fixture("failing"));
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.items).toHaveLength(2);
    expect(run.code).toBe(0);
  });

  it("exits 2 under a broken policy", async () => {
    const run = await runMain(["report"], fixture("broken-policy"));
    expect(run.stdout).toContain("policy-invalid");
    expect(run.code).toBe(2);
  });
});
