import { link, readFile, symlink } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { main } from "../../cli/main.js";
import { runMain, tempRepo, TODAY } from "../cli/cli-harness.js";
import { at } from "../core/support/evaluate.js";
import { itemData, metric, yaml } from "../core/support/item.js";
import { goSdkSloViolations } from "./openslo-go-sdk-rules.js";
import { ALL_FORMATS, sloFixtures } from "./support.js";

interface OpenSloDoc {
  metadata: { name: string };
  spec: { service: string; objectives: unknown; indicator: { spec: object } };
}

const POLICY = "slo:\n  files: [slo/**/*.yaml]\n  require: [latency]\n";

/** An item whose metrics have an sli each: a ratio with bad, a ratio with good, a threshold. */
function exportable(id: string, slo: Record<string, string> = {}): Record<string, unknown> {
  const q = (name: string) => `sum(rate(${name}{job="${id.toLowerCase()}"}[{{.window}}]))`;
  const with_ = (kind: string, m: Record<string, unknown>) =>
    slo[kind] ? { ...m, slo: slo[kind] } : m;
  return itemData({
    id,
    metrics: {
      pipeline_reliability: with_("pipeline_reliability", {
        ...metric(">= 99.5%", "30d"),
        sli: { type: "prometheus", total: q("jobs_total"), bad: q("jobs_failed_total") },
      }),
      error_budget: with_("error_budget", {
        ...metric("<= 0.1%", "30d"),
        sli: { type: "prometheus", total: q("requests_total"), good: q("requests_ok_total") },
      }),
      latency: with_("latency", {
        ...metric("p95 <= 300ms", "30d"),
        sli: {
          type: "prometheus",
          query: "histogram_quantile(0.95, sum by (le) (rate(d_bucket[5m])))",
        },
      }),
    },
  });
}

describe("roadmap-gate validate with slo.files", () => {
  it("reports a mismatch at the item's line, and an SLO file's problem in that file", async () => {
    const item = yaml(
      itemData({
        metrics: {
          ...(itemData().metrics as object),
          latency: { ...metric("p95 <= 300ms", "2w"), slo: "api-latency" },
        },
      }),
    );
    const { repo } = await tempRepo({
      ".github/roadmap-gate.yml": POLICY,
      "roadmap/feat-1.yaml": item,
      ...sloFixtures(...ALL_FORMATS),
      "slo/zz-other.yaml": "apiVersion: v1\nkind: ConfigMap\n",
    });
    const run = await runMain(["validate", "--format", "json", "--today", TODAY], repo);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: { ruleId: string; file: string; line: number; column: number }[];
    };
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([
      [
        "slo-mismatch",
        "roadmap/feat-1.yaml",
        at(item, "objective: |p95 <= 300ms").line,
        at(item, "objective: |p95 <= 300ms").column,
      ],
      ["slo-file-invalid", "slo/zz-other.yaml", 1, 13],
    ]);
  });
});

describe("the policy's globs", () => {
  it("resolve from the repository root when the CLI runs in a subfolder", async () => {
    const item = yaml(
      itemData({
        metrics: {
          ...(itemData().metrics as object),
          latency: { ...metric("p95 <= 300ms", "7d"), slo: "checkout-latency" },
        },
      }),
    );
    const { repo } = await tempRepo({
      ".github/roadmap-gate.yml": POLICY,
      "roadmap/feat-1.yaml": item,
      ...sloFixtures(...ALL_FORMATS),
    });
    const run = await runMain(
      ["validate", "--format", "json", "--today", TODAY, "--config", "../.github/roadmap-gate.yml"],
      join(repo, "roadmap"),
    );
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as {
      items: { file: string; metrics: { kind: string; slo?: { status: string } }[] }[];
      findings: unknown[];
    };
    expect(report.findings).toEqual([]);
    // Files are named as the user reaches them, from the folder the CLI runs in.
    expect(report.items.map((i) => i.file)).toEqual(["feat-1.yaml"]);
    const latency = report.items[0]!.metrics.find((m) => m.kind === "latency");
    expect(latency?.slo?.status).toBe("found");
    expect(run.code).toBe(0);
  });
});

describe("roadmap-gate slo", () => {
  it("exports OpenSLO v1 that reads back with no mismatch (the round trip)", async () => {
    const { repo } = await tempRepo({
      "roadmap/feat-7.yaml": yaml(exportable("FEAT-7", { latency: "checkout/feat-7-speed" })),
      "roadmap/idea.yaml": yaml(exportable("FEAT-8", {})).replace(
        "status: planned",
        "status: proposed",
      ),
    });
    const run = await runMain(["slo", "--output", "slo/exported.yaml"], repo);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("Wrote slo/exported.yaml: 3 SLOs (openslo)\n");
    const text = await readFile(join(repo, "slo/exported.yaml"), "utf8");
    const docs = parseAllDocuments(text).map((d) => d.toJS() as OpenSloDoc);
    expect(docs.map((d) => [d.metadata.name, d.spec.service])).toEqual([
      ["feat-7-pipeline-reliability", "feat-7"],
      ["feat-7-error-budget", "feat-7"],
      ["feat-7-speed", "checkout"],
    ]);
    expect(docs[0]).toEqual({
      apiVersion: "openslo/v1",
      kind: "SLO",
      metadata: {
        name: "feat-7-pipeline-reliability",
        annotations: { "roadmap-gate/item": "FEAT-7" },
      },
      spec: {
        description: "Bulk CSV export (FEAT-7 pipeline_reliability)",
        service: "feat-7",
        indicator: {
          metadata: { name: "feat-7-pipeline-reliability-sli" },
          spec: {
            ratioMetric: {
              bad: {
                metricSource: {
                  type: "prometheus",
                  // Sloth's {{.window}} becomes the metric's window: OpenSLO has no templates.
                  spec: { query: 'sum(rate(jobs_failed_total{job="feat-7"}[30d]))' },
                },
              },
              total: {
                metricSource: {
                  type: "prometheus",
                  spec: { query: 'sum(rate(jobs_total{job="feat-7"}[30d]))' },
                },
              },
            },
          },
        },
        timeWindow: [{ duration: "30d", isRolling: true }],
        budgetingMethod: "Occurrences",
        objectives: [{ displayName: "pipeline_reliability >= 99.5%", target: 0.995 }],
      },
    });
    expect(docs[1]!.spec.objectives).toEqual([
      { displayName: "error_budget <= 0.1%", target: 0.999 },
    ]);
    expect(docs[2]!.spec.objectives).toEqual([
      { displayName: "latency p95 <= 300ms", op: "lte", value: 300, target: 0.95 },
    ]);
    expect(docs[2]!.spec.indicator.spec).toHaveProperty("thresholdMetric");
    expect(docs.map((d) => goSdkSloViolations(d as unknown as Record<string, unknown>))).toEqual([
      [],
      [],
      [],
    ]);

    // Given back as slo.files, with each metric's slo set to the exported name: no mismatch.
    const linked = yaml(
      exportable("FEAT-7", {
        pipeline_reliability: "feat-7-pipeline-reliability",
        error_budget: "feat-7-error-budget",
        latency: "checkout/feat-7-speed",
      }),
    );
    const back = await tempRepo({
      ".github/roadmap-gate.yml": POLICY,
      "roadmap/feat-7.yaml": linked,
      "slo/exported.yaml": text,
    });
    const check = await runMain(["validate", "--format", "json", "--today", TODAY], back.repo);
    expect(JSON.parse(check.stdout).findings).toEqual([]);
    expect(check.code).toBe(0);
  });

  it("exports Sloth specs per service that read back with no mismatch", async () => {
    const { repo } = await tempRepo({ "roadmap/feat-7.yaml": yaml(exportable("FEAT-7")) });
    const run = await runMain(["slo", "--format", "sloth"], repo);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "roadmap-gate: FEAT-7 metrics.latency is not exported to Sloth: Sloth takes event ratios, not a threshold query\n",
    );
    const docs = parseAllDocuments(run.stdout).map((d) => d.toJS() as unknown);
    expect(docs).toEqual([
      {
        version: "prometheus/v1",
        service: "feat-7",
        slos: [
          {
            name: "feat-7-pipeline-reliability",
            objective: 99.5,
            description: "Bulk CSV export (FEAT-7 pipeline_reliability >= 99.5%)",
            sli: {
              events: {
                error_query: 'sum(rate(jobs_failed_total{job="feat-7"}[{{.window}}]))',
                total_query: 'sum(rate(jobs_total{job="feat-7"}[{{.window}}]))',
              },
            },
            alerting: { name: "Feat7PipelineReliability" },
          },
          {
            name: "feat-7-error-budget",
            objective: 99.9,
            description: "Bulk CSV export (FEAT-7 error_budget <= 0.1%)",
            sli: {
              events: {
                error_query:
                  '(sum(rate(requests_total{job="feat-7"}[{{.window}}]))) - (sum(rate(requests_ok_total{job="feat-7"}[{{.window}}])))',
                total_query: 'sum(rate(requests_total{job="feat-7"}[{{.window}}]))',
              },
            },
            alerting: { name: "Feat7ErrorBudget" },
          },
        ],
      },
    ]);
    const back = await tempRepo({
      ".github/roadmap-gate.yml": "slo:\n  files: [slo/*.yaml]\n",
      "roadmap/feat-7.yaml": yaml(
        exportable("FEAT-7", {
          pipeline_reliability: "feat-7/feat-7-pipeline-reliability",
          error_budget: "feat-7-error-budget",
        }),
      ),
      "slo/sloth.yaml": run.stdout,
    });
    const check = await runMain(["validate", "--format", "json", "--today", TODAY], back.repo);
    expect(JSON.parse(check.stdout).findings).toEqual([]);
  });
});

describe("roadmap-gate slo writes what the target tools accept", () => {
  it("states p95 < 2s as op: lt, and p95 <= 2s as op: lte, with the item's window in queries", async () => {
    const latency = (objective: string) =>
      itemData({
        id: "FEAT-9",
        metrics: {
          latency: {
            ...metric(objective, "2w"),
            sli: {
              type: "prometheus",
              query: "histogram_quantile(0.95, sum by (le) (rate(d_bucket[{{ .window }}])))",
            },
          },
        },
      });
    for (const [objective, op] of [
      ["p95 < 2s", "lt"],
      ["p95 <= 2s", "lte"],
    ] as const) {
      const { repo } = await tempRepo({ "roadmap/feat-9.yaml": yaml(latency(objective)) });
      const run = await runMain(["slo"], repo);
      const [doc] = parseAllDocuments(run.stdout).map((d) => d.toJS() as OpenSloDoc);
      expect(doc!.spec.objectives).toEqual([
        { displayName: `latency ${objective}`, op, value: 2, target: 0.95 },
      ]);
      expect(doc!.spec.indicator.spec).toEqual({
        thresholdMetric: {
          metricSource: {
            type: "prometheus",
            spec: { query: "histogram_quantile(0.95, sum by (le) (rate(d_bucket[2w])))" },
          },
        },
      });
      expect(goSdkSloViolations(doc as unknown as Record<string, unknown>)).toEqual([]);
    }
  });

  it("leaves out of a Sloth export a metric whose event query has no {{.window}}, saying why", async () => {
    const data = exportable("FEAT-7");
    const metrics = data.metrics as Record<string, { sli: Record<string, string> }>;
    metrics.pipeline_reliability!.sli.bad = 'sum(rate(jobs_failed_total{job="feat-7"}[5m]))';
    const { repo } = await tempRepo({ "roadmap/feat-7.yaml": yaml(data) });
    const run = await runMain(["slo", "--format", "sloth"], repo);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "roadmap-gate: FEAT-7 metrics.pipeline_reliability is not exported to Sloth: its sli.bad has no {{.window}}, which Sloth's validation requires in every event query; write the range as [{{.window}}], e.g. rate(x[{{.window}}])\n",
    );
    const [doc] = parseAllDocuments(run.stdout).map(
      (d) => d.toJS() as { slos: { name: string }[] },
    );
    expect(doc!.slos.map((slo) => slo.name)).toEqual(["feat-7-error-budget"]);
  });
});

describe("roadmap-gate slo refuses", () => {
  it("names that collide once made DNS labels: exit 1, both metrics named, nothing written", async () => {
    const long = "x".repeat(70);
    const { repo } = await tempRepo({
      "roadmap/a.yaml": yaml(exportable("FEAT-1", { pipeline_reliability: "Api.Errors" })),
      "roadmap/b.yaml": yaml(
        exportable("FEAT-2", { pipeline_reliability: "api_errors", error_budget: `${long}a` }),
      ),
      "roadmap/c.yaml": yaml(exportable("FEAT-3", { error_budget: `${long}b` })),
    });
    const run = await runMain(["slo", "--output", "out.yaml"], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        'roadmap-gate: FEAT-1 metrics.pipeline_reliability ("Api.Errors") and FEAT-2 metrics.pipeline_reliability ("api_errors") would both be exported as SLO api-errors; give them slo: names that stay distinct as DNS labels (lower case, a-z 0-9 -, at most 63 characters)',
        `roadmap-gate: FEAT-2 metrics.error_budget ("${long}a") and FEAT-3 metrics.error_budget ("${long}b") would both be exported as SLO ${"x".repeat(63)}; give them slo: names that stay distinct as DNS labels (lower case, a-z 0-9 -, at most 63 characters)`,
        "roadmap-gate: nothing was exported: SLO names must be unique.",
        "",
      ].join("\n"),
    );
    await expect(readFile(join(repo, "out.yaml"), "utf8")).rejects.toThrow();
  });

  it.each([
    ["an SLO file the policy names", "slo/kept.yaml"],
    ["an item file, through a hard link", "hard.yaml"],
    ["an item file, through a symbolic link", "soft.yaml"],
  ])("to overwrite %s, as validate does: exit 2, nothing written", async (_, output) => {
    const { repo } = await tempRepo({
      ".github/roadmap-gate.yml": POLICY,
      "roadmap/a.yaml": yaml(exportable("FEAT-1")),
      "slo/kept.yaml": sloFixtures("pyrra.yaml")["slo/pyrra.yaml"]!,
    });
    await link(join(repo, "roadmap/a.yaml"), join(repo, "hard.yaml"));
    await symlink("roadmap/a.yaml", join(repo, "soft.yaml"));
    const before = await readFile(join(repo, output), "utf8");
    const run = await runMain(["slo", "--output", output], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--output ${output} is one of the files this run reads`);
    expect(await readFile(join(repo, output), "utf8")).toBe(before);
  });
});

describe("roadmap-gate slo streams", () => {
  it("writes a large export in pieces of about 64 KiB, never as one string", async () => {
    const files = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`roadmap/f${i}.yaml`, yaml(exportable(`FEAT-${i}`))]),
    );
    const { repo } = await tempRepo(files);
    const pieces: string[] = [];
    const code = await main(["slo"], {
      cwd: repo,
      stdout: (text) => void pieces.push(text),
      stderr: () => undefined,
      now: () => new Date(),
    });
    expect(code).toBe(0);
    const text = pieces.join("");
    expect(parseAllDocuments(text)).toHaveLength(900);
    expect(text.length).toBeGreaterThan(4 * 64 * 1024);
    expect(pieces.length).toBeGreaterThanOrEqual(Math.floor(text.length / (64 * 1024)));
    for (const piece of pieces) expect(piece.length).toBeLessThan(64 * 1024 + 4096);
  });
});

describe("OpenSLO's Go SDK rules, as the tests transcribe them", () => {
  it("accept the OpenSLO fixtures and catch what the SDK refuses", () => {
    const docs = parseAllDocuments(sloFixtures("openslo.yaml")["slo/openslo.yaml"]!)
      .map((d) => d.toJS() as Record<string, unknown>)
      .filter((d) => d.kind === "SLO");
    expect(docs.map(goSdkSloViolations)).toEqual([[], []]);
    const bad = {
      ...docs[0],
      metadata: { name: "Not_A_Label", labels: { "roadmap-gate/item": "x" } },
    };
    expect(goSdkSloViolations(bad)).toEqual([
      "metadata.name: not a DNS label",
      "metadata.labels: key roadmap-gate/item",
    ]);
  });
});
