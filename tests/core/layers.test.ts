import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { cruise, type ICruiseResult, type IConfiguration } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

/** The layer rules `npm run lint` checks core/ with, and the order of core/'s modules. */
const configUrl = new URL("../../.dependency-cruiser.mjs", import.meta.url).href;
const { default: config, ORDER } = (await import(configUrl)) as {
  default: IConfiguration;
  ORDER: string[];
};
const dirs: string[] = [];

/** The layer rules' violations in a small engine of `files` (path → imports, without extension). */
async function violations(files: Record<string, string[]>) {
  const root = mkdtempSync(join(tmpdir(), "layers-"));
  dirs.push(root);
  for (const [path, imports] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    const lines = imports.map((i, n) => `import { x${n} } from "${i}";`);
    writeFileSync(join(root, path), `${lines.join("\n")}\nexport const x = 1;\n`);
  }
  const result = await cruise(["core"], {
    baseDir: root,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    // As `npm run lint` cruises: an import counts even when only its types are used.
    tsPreCompilationDeps: true,
  });
  const output = result.output as ICruiseResult;
  // Every file was read and every import resolved, so that no violation hides in a broken fixture.
  expect(output.modules.map((m) => m.source).sort()).toEqual(Object.keys(files).sort());
  return output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

/** A file of the module: `item/` → core/item/m.ts, `evaluate.ts` → core/evaluate.ts. */
const fileOf = (module: string) => (module.endsWith("/") ? `core/${module}m.ts` : `core/${module}`);

/** The import of file `to` as `from` writes it, without extension. */
function importOf(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to).replace(/[.]ts$/, "");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Each module of ORDER importing the one listed `step` places after it (-1: before it). */
function chain(step: 1 | -1): Record<string, string[]> {
  const files: Record<string, string[]> = {};
  ORDER.forEach((module, i) => {
    const next = ORDER[i + step];
    files[fileOf(module)] = next === undefined ? [] : [importOf(fileOf(module), fileOf(next))];
  });
  return files;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("the engine's layers (.dependency-cruiser.mjs)", () => {
  it("places every folder and top file of core/, rules above the facts they read", () => {
    const core = new URL("../../core/", import.meta.url);
    const modules = readdirSync(core, { withFileTypes: true })
      .filter((e) => e.isDirectory() || (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")))
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
    expect([...ORDER].sort()).toEqual(modules.sort());
    for (const below of ["data/", "parse/", "item/", "policy/", "slo/", "waivers/"])
      expect(ORDER.indexOf(below)).toBeLessThan(ORDER.indexOf("rules/"));
    for (const above of ["load/", "evaluate.ts", "gate/", "build-report.ts"])
      expect(ORDER.indexOf(above)).toBeGreaterThan(ORDER.indexOf("rules/"));
  });

  it("fails every module of core/ importing the one above it", async () => {
    const byFrom = (a: { from: string }, b: { from: string }) => a.from.localeCompare(b.from);
    expect((await violations(chain(1))).sort(byFrom)).toEqual(
      ORDER.slice(0, -1)
        .map((module, i) => ({
          rule: "layer-order",
          from: fileOf(module),
          to: fileOf(ORDER[i + 1]!),
        }))
        .sort(byFrom),
    );
  });

  it("passes every module of core/ importing the one below it", async () => {
    expect(await violations(chain(-1))).toEqual([]);
  });

  it("fails the facts the rules read importing a rule, or a step that runs rules", async () => {
    expect(
      await violations({
        "core/item/schema-words.ts": ["../rules/wrong-type"],
        "core/policy/policy.ts": ["../load/load-policy"],
        "core/slo/linked-metrics.ts": ["../rules/slo-missing"],
        "core/waivers/waiver.ts": ["../rules/rule"],
        "core/rules/wrong-type.ts": [],
        "core/rules/slo-missing.ts": [],
        "core/rules/rule.ts": [],
        "core/load/load-policy.ts": [],
      }),
    ).toEqual([
      { rule: "layer-order", from: "core/item/schema-words.ts", to: "core/rules/wrong-type.ts" },
      { rule: "layer-order", from: "core/policy/policy.ts", to: "core/load/load-policy.ts" },
      { rule: "layer-order", from: "core/slo/linked-metrics.ts", to: "core/rules/slo-missing.ts" },
      { rule: "layer-order", from: "core/waivers/waiver.ts", to: "core/rules/rule.ts" },
    ]);
  });

  it("fails a module that has no place in the order, importing or imported", async () => {
    expect(
      await violations({
        "core/evaluate.ts": ["./extra/helper"],
        "core/extra/helper.ts": ["../data/read"],
        "core/data/read.ts": [],
      }),
    ).toEqual([
      { rule: "in-a-layer", from: "core/evaluate.ts", to: "core/extra/helper.ts" },
      { rule: "in-a-layer", from: "core/extra/helper.ts", to: "core/data/read.ts" },
    ]);
  });

  it("fails a rule making a context of its own, or importing what gathers its facts", async () => {
    expect(
      await violations({
        "core/rules/objective-breached.ts": [
          "./context",
          "../live/check-live",
          "../live/live-levels",
          "../error-budget/check-budgets",
          "../signoff/gather-sign-off-facts",
          "../signoff/facts",
        ],
        "core/rules/context.ts": [],
        "core/live/check-live.ts": [],
        "core/live/live-levels.ts": [],
        "core/error-budget/check-budgets.ts": [],
        "core/signoff/gather-sign-off-facts.ts": [],
        "core/signoff/facts.ts": [],
      }),
    ).toEqual([
      {
        rule: "only-the-engine-binds-contexts",
        from: "core/rules/objective-breached.ts",
        to: "core/rules/context.ts",
      },
      {
        rule: "rules-gather-nothing",
        from: "core/rules/objective-breached.ts",
        to: "core/error-budget/check-budgets.ts",
      },
      {
        rule: "rules-gather-nothing",
        from: "core/rules/objective-breached.ts",
        to: "core/live/check-live.ts",
      },
      {
        rule: "rules-gather-nothing",
        from: "core/rules/objective-breached.ts",
        to: "core/signoff/gather-sign-off-facts.ts",
      },
    ]);
  });

  it("fails an import cycle inside a folder, which no folder order sees", async () => {
    expect(
      await violations({
        "core/slo/slo-index.ts": ["./linked-metrics"],
        "core/slo/linked-metrics.ts": ["./slo-index"],
      }),
    ).toEqual([
      // dependency-cruiser names a cycle once, at its first import.
      { rule: "no-circular", from: "core/slo/linked-metrics.ts", to: "core/slo/slo-index.ts" },
    ]);
  });

  it("fails the engine importing a surface's helper", async () => {
    expect(
      await violations({
        "core/evaluate.ts": ["../local/read-source"],
        "local/read-source.ts": [],
      }),
    ).toEqual([
      { rule: "engine-below-surfaces", from: "core/evaluate.ts", to: "local/read-source.ts" },
    ]);
  });
});
