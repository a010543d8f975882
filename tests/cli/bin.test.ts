import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { JsonReport } from "../../core/format/json.js";
import { freshLib } from "../support/fresh-lib.js";
import { fixture, REPO, runMain, spawnCli, tempRepo, TODAY } from "./cli-harness.js";

// These run the real bin, as a user does: it runs the committed one-file bundle bin/cli.cjs with
// its code cache in lib/bundle/, which `npm run build` makes with the rest of lib/ (rebuilt here
// only when older than the sources: see fresh-lib.ts). tests/cli/cli-bundle-fresh.test.ts checks
// that the committed bundle is the sources' own.
beforeAll(async () => {
  expect(
    await freshLib({ folders: ["cli", "core", "local", "prometheus", "thread"], cliBundle: true }),
  ).toBe(true);
}, 180_000);

describe("roadmap-gate validate (the built bin)", () => {
  it("exits 0 when no item has an error", async () => {
    const run = await spawnCli(["validate", "--today", TODAY], fixture("passing"));
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("0 errors, 0 warnings in 3 items");
    expect(run.code).toBe(0);
  });

  it("exits 1 when an item has an error", async () => {
    const run = await spawnCli(["validate", "--today", TODAY], fixture("failing"));
    expect(run.stdout).toContain(
      "roadmap/feat-10.yaml:6:1  error    Unknown key `metircs` in FEAT-10; did you mean `metrics`?  [unknown-key]",
    );
    expect(run.code).toBe(1);
  });

  it("exits 2 on an invalid policy, printing its finding and judging no item", async () => {
    const run = await spawnCli(
      ["validate", "--format", "json", "--today", TODAY],
      fixture("broken-policy"),
    );
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: "policy-invalid",
        level: "error",
        file: ".github/roadmap-gate.yml",
        line: 2,
        column: 14,
      }),
    ]);
    expect(report.items).toEqual([]);
    expect(run.stderr).toContain("the policy file is invalid");
    expect(run.code).toBe(2);
  });

  it("exits 2 on a usage error, saying what is wrong", async () => {
    const unknown = await spawnCli(["validate", "--formt", "json"], fixture("passing"));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--formt");
    // The bin's exit code is main's (above); the other usage errors are main's own, so they are
    // asked of it in this process rather than by starting the bin three more times.
    const badDate = await runMain(["validate", "--today", "2026-02-30"], fixture("passing"));
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("--today must be a date as YYYY-MM-DD");
    const missing = await runMain(["validate", "roadmap/nope.yaml"], fixture("passing"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or folder: roadmap/nope.yaml");
    const format = await runMain(["validate", "--format", "markdown"], fixture("passing"));
    expect(format.code).toBe(2);
  });

  it("judges the examples with their policy: the typical mistakes fail, the rest pass", async () => {
    const run = await spawnCli(
      [
        "validate",
        "--config",
        "examples/.github/roadmap-gate.yml",
        "--today",
        TODAY,
        "--format",
        "json",
      ],
      REPO,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.items.map((i) => [i.file, i.verdict])).toEqual([
      ["examples/roadmap/ai-reorder-suggestions.yaml", "pass"],
      ["examples/roadmap/bulk-export.yaml", "pass"],
      ["examples/roadmap/dark-mode.yaml", "not-gated"],
      ["examples/roadmap/typical-mistakes.yaml", "fail"],
    ]);
    const file = "examples/roadmap/typical-mistakes.yaml";
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: "slice-dependency-cycle",
          level: "error",
          file,
          line: 14,
          column: 17,
        }),
        expect.objectContaining({
          ruleId: "unknown-key",
          level: "error",
          file,
          line: 24,
          column: 1,
        }),
        expect.objectContaining({
          ruleId: "window-format",
          level: "error",
          file,
          line: 22,
          column: 13,
        }),
        expect.objectContaining({
          ruleId: "signoff-future-date",
          level: "error",
          file,
          line: 42,
          column: 13,
        }),
      ]),
    );
    expect(report.findings.every((f) => f.file === file)).toBe(true);
    expect(report.notices).toHaveLength(1);
  });

  it("passes the examples that are meant to pass", async () => {
    const run = await spawnCli(
      [
        "validate",
        "examples/roadmap/ai-reorder-suggestions.yaml",
        "examples/roadmap/bulk-export.yaml",
        "examples/roadmap/dark-mode.yaml",
        "--config",
        "examples/.github/roadmap-gate.yml",
        "--today",
        TODAY,
      ],
      REPO,
    );
    expect(run.stdout).toContain("0 errors, 0 warnings in 3 items");
    expect(run.code).toBe(0);
  });
});

describe("roadmap-gate schema (the built bin)", () => {
  it.each([
    ["item", "roadmap-item.schema.json"],
    ["config", "config.schema.json"],
  ])("prints the %s schema from the package, wherever it runs from", async (which, file) => {
    const run = await spawnCli(["schema", which], fixture("passing"));
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { $id: string; $schema: string };
    expect(schema.$id).toMatch(new RegExp(`/schemas/${file.replace(/\./g, "\\.")}$`));
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});

describe("the bundled bin on a large repository", () => {
  it("gives the same report on worker threads as on one thread", async () => {
    const { repo } = await tempRepo(
      Object.fromEntries(
        Array.from({ length: 1600 }, (_, i) => [
          `roadmap/item-${String(i).padStart(4, "0")}.yaml`,
          // Item 1550 reuses item 3's id: the two are judged by different workers.
          `apiVersion: roadmap-gate/v1\nid: FEAT-${i === 1550 ? 3 : i}\ntitle: Item ${i}\nowner: "@lee"\nstatus: proposed\n${i % 9 === 0 ? "metircs: {}\n" : ""}`,
        ]),
      ),
    );
    const args = ["validate", "--format", "json", "--today", TODAY];
    // The same bin, told the machine has 1 or 4 cores: workers start from 4 (judge-files.ts).
    const asIf = (cores: number) =>
      spawnCli(args, repo, {
        nodeArgs: ["--import", pathToFileURL(join(REPO, "tests/cli/fixtures/cores.mjs")).href],
        env: { ROADMAP_GATE_TEST_CORES: String(cores) },
      });
    const one = await asIf(1);
    const four = await asIf(4);
    expect(one.code).toBe(1);
    expect(four.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout) as JsonReport;
    expect(report.items).toHaveLength(1600);
    expect(report.findings.filter((f) => f.ruleId === "id-duplicate")).toHaveLength(2);
  }, 60_000);
});
