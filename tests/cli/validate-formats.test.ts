import { link, mkdtemp, readFile, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import type { JsonReport } from "../../core/format/json.js";
import { ruleCatalog } from "../../core/rules/index.js";
import { fixture, proposedItem, runMain, tempRepo, TODAY } from "./cli-harness.js";

const unknownKey = {
  ruleId: "unknown-key",
  level: "error",
  file: "roadmap/feat-10.yaml",
  line: 6,
  column: 1,
  message: "Unknown key `metircs` in FEAT-10; did you mean `metrics`?",
  hint: "Rename it to `metrics`, or prefix it with `x-` to keep it for your own use.",
};

function validate(...args: string[]) {
  return runMain(["validate", "--today", TODAY, ...args], fixture("failing"));
}

describe("validate --format text", () => {
  it("prints each finding as file:line:col, level, message, rule, then its hint", async () => {
    const run = await validate();
    expect(run.stdout).toBe(
      [
        "roadmap/feat-10.yaml:6:1  error    Unknown key `metircs` in FEAT-10; did you mean `metrics`?  [unknown-key]",
        "    hint: Rename it to `metrics`, or prefix it with `x-` to keep it for your own use.",
        "",
        "note: Sign-offs were not verified against GitHub reviews here; they are judged as written.",
        "✖ 1 error, 0 warnings in 2 items",
        "",
      ].join("\n"),
    );
    expect(run.code).toBe(1);
  });

  it("colours only when asked", async () => {
    expect((await validate()).stdout).not.toContain("\u001b[");
    expect((await validate("--color")).stdout).toContain("\u001b[31m");
  });
});

describe("validate --format json", () => {
  it("prints the version 1 report with whole findings and items", async () => {
    const run = await validate("--format", "json");
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report).toMatchObject({ version: 1, result: "fail", errors: 1, warnings: 0, notes: 0 });
    expect(report.findings).toEqual([
      {
        ...unknownKey,
        docs: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/unknown-key.md",
      },
    ]);
    expect(report.items.map((i) => [i.file, i.id, i.verdict])).toEqual([
      ["roadmap/feat-10.yaml", "FEAT-10", "fail"],
      ["roadmap/feat-11.yaml", "FEAT-11", "not-gated"],
    ]);
    expect(report.notices).toEqual([
      "Sign-offs were not verified against GitHub reviews here; they are judged as written.",
    ]);
    expect(run.code).toBe(1);
  });
});

describe("validate --format sarif", () => {
  it("prints SARIF 2.1.0 with every rule and a located result per finding", async () => {
    const run = await validate("--format", "sarif");
    const log = JSON.parse(run.stdout) as Log;
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.runs).toHaveLength(1);
    const sarifRun = log.runs[0]!;
    expect(sarifRun.tool.driver.name).toBe("roadmap-gate");
    expect(sarifRun.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(sarifRun.tool.driver.rules?.map((r) => r.id)).toEqual([...ruleCatalog().keys()]);
    expect(sarifRun.results).toEqual([
      {
        ruleId: "unknown-key",
        ruleIndex: sarifRun.tool.driver.rules!.findIndex((r) => r.id === "unknown-key"),
        level: "error",
        message: { text: `${unknownKey.message}\nHint: ${unknownKey.hint}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: "roadmap/feat-10.yaml", uriBaseId: "%SRCROOT%" },
              region: { startLine: 6, startColumn: 1 },
            },
          },
        ],
      },
    ]);
  });
});

describe("validate --format github", () => {
  it("prints one workflow command per finding at its file, line and column", async () => {
    const run = await validate("--format", "github");
    expect(run.stdout.split("\n")).toEqual([
      "::error file=roadmap/feat-10.yaml,line=6,col=1,title=unknown-key::Unknown key `metircs` in FEAT-10; did you mean `metrics`?%0AHint: Rename it to `metrics`, or prefix it with `x-` to keep it for your own use.",
      "::notice::Sign-offs were not verified against GitHub reviews here; they are judged as written.",
      "1 error, 0 warnings in 2 items",
      "",
    ]);
  });
});

describe("validate --output", () => {
  it("writes the report to the file, not stdout, and says so on stderr", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "roadmap-gate-out-")), "reports/gate.sarif");
    const run = await validate("--format", "sarif", "--output", out);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`Wrote ${out}: 1 error, 0 warnings in 2 items\n`);
    const log = JSON.parse(await readFile(out, "utf8")) as Log;
    expect(log.runs[0]!.results).toHaveLength(1);
    expect(run.code).toBe(1);
  });

  it.each([
    ["an item file it judges", "roadmap/a.yaml"],
    ["an item file read for its id", "roadmap/b.yaml"],
    ["the policy", ".github/roadmap-gate.yml"],
    ["an item file, through a link", "report.txt"],
    ["an item file, through a hard link", "hard.txt"],
  ])("refuses to overwrite %s: exit 2, nothing written", async (_, output) => {
    const { repo } = await tempRepo({
      ".github/roadmap-gate.yml": "enforcement: block\n",
      "roadmap/a.yaml": proposedItem("FEAT-1"),
      "roadmap/b.yaml": proposedItem("FEAT-2"),
    });
    await symlink("roadmap/a.yaml", join(repo, "report.txt"));
    await link(join(repo, "roadmap/a.yaml"), join(repo, "hard.txt"));
    const before = await readFile(join(repo, output), "utf8");
    const run = await runMain(["validate", "roadmap/a.yaml", "--output", output], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--output ${output} is one of the files this run reads`);
    expect(await readFile(join(repo, output), "utf8")).toBe(before);
  });
});
