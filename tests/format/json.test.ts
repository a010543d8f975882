import { describe, expect, it } from "vitest";
import { formatJson, jsonReportChunks, toJsonReport } from "../../core/format/json.js";
import { finding, item, report } from "./report-builder.js";

describe("formatJson", () => {
  it("writes the documented version 1 shape, every key present", () => {
    const json = JSON.parse(
      formatJson(
        report({
          items: [
            item({
              verdict: "fail",
              errors: 1,
              signOffs: [{ reviewer: "@sam", decision: "approved", date: "2026-11-01" }],
              slices: [{ id: "api", value: "An API", dependsOn: [] }],
              waivers: [
                { rule: "latency", reason: "r", approvedBy: "@sam", expires: "2026-12-01" },
              ],
              metrics: [
                {
                  kind: "latency",
                  objective: "p95 <= 300ms",
                  window: "7d",
                  slo: {
                    name: "checkout-latency",
                    status: "found",
                    file: "slo/openslo.yaml",
                    line: 39,
                    format: "openslo",
                    targetPercent: 95,
                    window: "7d",
                  },
                },
                { kind: "error_budget", slo: { name: "nope", status: "unknown" } },
                { kind: "drift_alerts", objective: "<= 2/week" },
              ],
            }),
            {
              ...item({ file: "roadmap/bad.yaml", verdict: "unreadable" }),
              id: undefined,
              title: undefined,
              status: undefined,
              owner: undefined,
            },
          ],
          findings: [finding()],
          notices: ["n"],
        }),
      ),
    ) as unknown;
    expect(json).toEqual({
      version: 1,
      result: "fail",
      errors: 1,
      warnings: 0,
      notes: 0,
      items: [
        {
          file: "roadmap/feat-1.yaml",
          id: "FEAT-1",
          title: "Bulk export",
          status: "planned",
          owner: "@lee",
          ai: false,
          issue: null,
          gated: true,
          verdict: "fail",
          errors: 1,
          warnings: 0,
          signOffs: [
            { reviewer: "@sam", decision: "approved", date: "2026-11-01", verified: null },
          ],
          slices: [{ id: "api", value: "An API", dependsOn: [] }],
          waivers: [{ rule: "latency", reason: "r", approvedBy: "@sam", expires: "2026-12-01" }],
          metrics: [
            {
              kind: "latency",
              objective: "p95 <= 300ms",
              window: "7d",
              slo: {
                name: "checkout-latency",
                status: "found",
                file: "slo/openslo.yaml",
                line: 39,
                format: "openslo",
                targetPercent: 95,
                window: "7d",
              },
            },
            {
              kind: "error_budget",
              objective: null,
              window: null,
              slo: {
                name: "nope",
                status: "unknown",
                file: null,
                line: null,
                format: null,
                targetPercent: null,
                window: null,
              },
            },
            { kind: "drift_alerts", objective: "<= 2/week", window: null, slo: null },
          ],
        },
        expect.objectContaining({
          file: "roadmap/bad.yaml",
          id: null,
          title: null,
          status: null,
          owner: null,
          verdict: "unreadable",
        }),
      ],
      findings: [
        {
          ruleId: "metric-missing",
          level: "error",
          file: "roadmap/feat-1.yaml",
          line: 3,
          column: 1,
          message: "FEAT-1 is `planned` but has no `latency` metric",
          hint: "Add metrics.latency with an objective, a window and a source.",
          docs: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/metric-missing.md",
        },
      ],
      notices: ["n"],
    });
  });

  it("adds the live checks' fields only where their check ran (SPEC section 9)", () => {
    const json = toJsonReport(
      report({
        items: [
          item({
            metrics: [
              {
                kind: "latency",
                objective: "p95 <= 300ms",
                measured: {
                  state: "breached",
                  value: 750,
                  unit: "ms",
                  shown: "750 ms",
                  window: "7d",
                },
                data: "yes",
              },
              { kind: "drift_alerts", objective: "<= 2/week" },
            ],
            instrumentation: [
              { source: "signal", kind: "drift", query: "up", state: "unknown", reason: "timeout" },
            ],
            people: [{ handle: "@lee", role: "owner", state: "not-member" }],
          }),
          item({ file: "roadmap/b.yaml" }),
        ],
      }),
    );
    const [live, plain] = json.items;
    expect(live!.metrics[0]).toMatchObject({
      measured: {
        state: "breached",
        value: 750,
        unit: "ms",
        shown: "750 ms",
        window: "7d",
        reason: null,
      },
      data: "yes",
    });
    expect(Object.keys(live!.metrics[1]!)).toEqual(["kind", "objective", "window", "slo"]);
    expect(live!.instrumentation).toEqual([
      { source: "signal", kind: "drift", query: "up", state: "unknown", reason: "timeout" },
    ]);
    expect(live!.people).toEqual([
      { handle: "@lee", role: "owner", state: "not-member", reason: null },
    ]);
    expect(Object.keys(plain!)).not.toContain("instrumentation");
    expect(Object.keys(plain!)).not.toContain("people");
  });

  it("copies field by field: an engine-only field does not leak into the contract", () => {
    const extra = { ...finding(), internal: true };
    const json = toJsonReport(report({ findings: [extra] }));
    expect(Object.keys(json.findings[0]!)).toEqual([
      "ruleId",
      "level",
      "file",
      "line",
      "column",
      "message",
      "hint",
      "docs",
    ]);
  });
});

describe("jsonReportChunks", () => {
  it("writes in pieces exactly what formatJson writes", () => {
    const r = report({
      items: [
        item(),
        item({
          file: "roadmap/b.yaml",
          id: undefined,
          slices: [{ id: "s", value: "v", dependsOn: ["t"] }],
        }),
      ],
      findings: [finding(), finding({ file: "roadmap/b.yaml", message: 'say "hi"\n' })],
      notices: ["a notice"],
    });
    expect([...jsonReportChunks(r)].join("")).toBe(formatJson(r));
    expect([...jsonReportChunks(r, { indent: 0 })].join("")).toBe(formatJson(r, { indent: 0 }));
  });
});
