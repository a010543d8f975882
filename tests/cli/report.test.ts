import { describe, expect, it } from "vitest";
import type { JsonReport } from "../../core/format/json.js";
import { fixture, proposedItem, REPO, runMain, tempRepo, TODAY } from "./cli-harness.js";

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

  it("prints one HTML page with --format html: every item, escaped, and each slice graph as SVG", async () => {
    const run = await runMain(
      [
        "report",
        "--format",
        "html",
        "--config",
        "examples/.github/roadmap-gate.yml",
        "--today",
        TODAY,
      ],
      REPO,
    );
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("<!doctype html>")).toBe(true);
    for (const id of ["FEAT-142", "FEAT-151", "AI-7"])
      expect(run.stdout).toContain(`<tr><th scope="row"><span class="id">${id}</span>`);
    expect(run.stdout).toContain(
      '<figcaption id="graph-2-name">Slice graph of FEAT-142 · Bulk CSV export',
    );
    expect(run.stdout).toContain(
      '<g class="slice" transform="translate(256 8)"><title>export-button: ',
    );
    const escaped = await runMain(
      ["report", "--format", "html", "--today", TODAY],
      fixture("failing"),
    );
    expect(escaped.stdout).toContain("Pipes | &lt;b&gt;bold&lt;/b&gt; &amp; @everyone");
  });

  it("exits 2 under a broken policy", async () => {
    const run = await runMain(["report"], fixture("broken-policy"));
    expect(run.stdout).toContain("policy-invalid");
    expect(run.code).toBe(2);
  });

  it("exits 1 with --fail-on error when an item has an error, still printing the report", async () => {
    const failing = await runMain(
      ["report", "--fail-on", "error", "--today", TODAY],
      fixture("failing"),
    );
    expect(failing.stdout).toContain("roadmap-gate: fail");
    expect(failing.code).toBe(1);
    const passing = await runMain(
      ["report", "--fail-on", "error", "--today", TODAY],
      fixture("passing"),
    );
    expect(passing.code).toBe(0);
  });

  it("exits 1 with --fail-on warning on a warning alone", async () => {
    const { repo } = await tempRepo({
      "roadmap/a.yaml": `${proposedItem("FEAT-1")}metrics:\n  drift_alert: { objective: "<= 2/week", window: 4w, source: x }\nai: true\n`,
    });
    const asError = await runMain(["report", "--fail-on", "error", "--format", "json"], repo);
    expect(JSON.parse(asError.stdout)).toMatchObject({ errors: 0, warnings: 1 });
    expect(asError.code).toBe(0);
    const asWarning = await runMain(["report", "--fail-on", "warning", "--format", "json"], repo);
    expect(asWarning.code).toBe(1);
  });

  it("refuses an unknown --fail-on", async () => {
    const run = await runMain(["report", "--fail-on", "errors"], fixture("passing"));
    expect(run.stderr).toContain('--fail-on must be one of never, error, warning, not "errors"');
    expect(run.code).toBe(2);
  });
});
