import type { Log, Result } from "sarif";
import { describe, expect, it } from "vitest";
import { formatSarif, sarifChunks, toSarif } from "../../core/format/sarif.js";
import { ruleCatalog } from "../../core/rules/index.js";
import { finding, report } from "./report-builder.js";

const catalog = ruleCatalog();

/** The fields SARIF 2.1.0 requires, and those GitHub code scanning reads. */
function expectValidSarif(log: Log): void {
  expect(log.version).toBe("2.1.0");
  expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  for (const run of log.runs) {
    expect(run.tool.driver.name).toEqual(expect.any(String));
    const rules = run.tool.driver.rules ?? [];
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
      expect(rule.shortDescription?.text).toEqual(expect.any(String));
      expect(["error", "warning", "note"]).toContain(rule.defaultConfiguration?.level);
    }
    for (const result of run.results ?? []) {
      expect(result.message.text).toEqual(expect.any(String));
      expect(rules[result.ruleIndex!]?.id).toBe(result.ruleId);
      for (const location of result.locations ?? []) {
        const region = location.physicalLocation?.region;
        expect(region?.startLine).toBeGreaterThanOrEqual(1);
        expect(region?.startColumn).toBeGreaterThanOrEqual(1);
        expect(location.physicalLocation?.artifactLocation?.uri).not.toMatch(/^\//);
      }
    }
  }
}

describe("formatSarif", () => {
  it("describes the tool with every rule of the catalog and a help link to its page", () => {
    const log = JSON.parse(formatSarif(report(), { catalog, toolVersion: "1.2.3" })) as Log;
    expectValidSarif(log);
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({
      name: "roadmap-gate",
      version: "1.2.3",
      informationUri: "https://github.com/roadmap-gate/roadmap-gate",
    });
    expect(driver.rules).toHaveLength(catalog.size);
    expect(driver.rules!.find((r) => r.id === "signoff-stale")).toEqual({
      id: "signoff-stale",
      shortDescription: { text: catalog.get("signoff-stale")!.description },
      helpUri: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/signoff-stale.md",
      defaultConfiguration: { level: catalog.get("signoff-stale")!.level },
      properties: { waivable: false },
    });
  });

  it("makes each finding a result at its file, line and column, message and hint together", () => {
    const log = toSarif(report({ findings: [finding({ level: "warning", line: 7, column: 9 })] }), {
      catalog,
    });
    expectValidSarif(log);
    expect(log.runs[0]!.results).toEqual([
      {
        ruleId: "metric-missing",
        ruleIndex: [...catalog.keys()].indexOf("metric-missing"),
        level: "warning",
        message: {
          text: "FEAT-1 is `planned` but has no `latency` metric\nHint: Add metrics.latency with an objective, a window and a source.",
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: "roadmap/feat-1.yaml", uriBaseId: "%SRCROOT%" },
              region: { startLine: 7, startColumn: 9 },
            },
          },
        ],
      } satisfies Result,
    ]);
  });

  it("keeps a pull-request finding without a location, under a rule of its own", () => {
    const log = toSarif(
      report({ findings: [finding({ file: "", ruleId: "pr-link-missing", message: "No item" })] }),
      { catalog },
    );
    expectValidSarif(log);
    const [result] = log.runs[0]!.results!;
    expect(result).toMatchObject({ ruleId: "pr-link-missing", level: "error" });
    expect(result!.locations).toBeUndefined();
    expect(log.runs[0]!.tool.driver.rules![result!.ruleIndex!]).toMatchObject({
      id: "pr-link-missing",
      helpUri: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/README.md",
    });
  });

  it("percent-encodes file names in the artifact URI", () => {
    const log = toSarif(report({ findings: [finding({ file: "road map/a#1.yaml" })] }), {
      catalog,
    });
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      "road%20map/a%231.yaml",
    );
  });

  it("carries the run's notices as tool notifications", () => {
    const log = toSarif(report({ notices: ["Sign-offs were not verified."] }), { catalog });
    expect(log.runs[0]!.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          { message: { text: "Sign-offs were not verified." }, level: "note" },
        ],
      },
    ]);
  });
});

describe("formatSarif for a code scanning upload", () => {
  it("can make a pull-request finding a notification, since code scanning rejects unlocated results", () => {
    const pr = finding({
      file: "",
      ruleId: "pr-link-missing",
      message: "No item",
      hint: "Link one",
    });
    const log = toSarif(report({ findings: [pr, finding()] }), {
      catalog,
      unlocated: "notification",
    });
    expectValidSarif(log);
    const run = log.runs[0]!;
    expect(run.results!.map((r) => r.ruleId)).toEqual(["metric-missing"]);
    expect(run.results!.every((r) => (r.locations ?? []).length > 0)).toBe(true);
    expect(run.invocations![0]!.toolExecutionNotifications).toEqual([
      {
        message: { text: "No item\nHint: Link one" },
        level: "error",
        associatedRule: {
          id: "pr-link-missing",
          index: run.tool.driver.rules!.findIndex((r) => r.id === "pr-link-missing"),
        },
      },
    ]);
  });
});

describe("sarifChunks", () => {
  it("writes in pieces exactly what formatSarif writes, with and without notifications", () => {
    const r = report({
      findings: [
        finding({ file: "", ruleId: "pr-link-missing", message: "No item", hint: "Link one" }),
        finding(),
        finding({ ruleId: "x-own-rule", file: "roadmap/a b.yaml", message: 'say "hi"\n' }),
      ],
      notices: ["a notice"],
    });
    for (const unlocated of ["result", "notification"] as const) {
      const options = { catalog, toolVersion: "1.2.3", unlocated };
      expect([...sarifChunks(r, options)].join("")).toBe(formatSarif(r, options));
    }
  });
});
