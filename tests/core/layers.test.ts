import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cruise, type ICruiseResult, type IConfiguration } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

/** The layer rules `npm run lint` checks core/ with. */
const configUrl = new URL("../../.dependency-cruiser.mjs", import.meta.url).href;
const config = ((await import(configUrl)) as { default: IConfiguration }).default;
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

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("the engine's layers (.dependency-cruiser.mjs)", () => {
  it("fails the parser importing a rule, even for its words", async () => {
    expect(
      await violations({
        "core/parse/parse-document.ts": ["../rules/yaml-syntax"],
        "core/rules/yaml-syntax.ts": ["../parse/parse-problem"],
        "core/parse/parse-problem.ts": [],
      }),
    ).toEqual([
      {
        rule: "parse-below-rules",
        from: "core/parse/parse-document.ts",
        to: "core/rules/yaml-syntax.ts",
      },
    ]);
  });

  it("fails a rule importing a step above it, or making a context of its own", async () => {
    expect(
      await violations({
        "core/rules/too-complex.ts": ["../item-report", "./context"],
        "core/rules/context.ts": [],
        "core/item-report.ts": ["./data/read"],
        "core/data/read.ts": [],
      }),
    ).toEqual([
      {
        rule: "only-the-engine-binds-contexts",
        from: "core/rules/too-complex.ts",
        to: "core/rules/context.ts",
      },
      {
        rule: "rules-below-steps",
        from: "core/rules/too-complex.ts",
        to: "core/item-report.ts",
      },
    ]);
  });

  it("fails the shared readers importing anything above them", async () => {
    expect(
      await violations({
        "core/data/read.ts": ["../rules/rule"],
        "core/rules/rule.ts": [],
      }),
    ).toEqual([
      { rule: "data-at-the-bottom", from: "core/data/read.ts", to: "core/rules/rule.ts" },
    ]);
  });

  it("fails a rule importing the gate or the live checks' gathering, not their facts", async () => {
    expect(
      await violations({
        "core/rules/objective-breached.ts": [
          "../gate/judged",
          "../live/check-live",
          "../live/live-levels",
        ],
        "core/gate/judged.ts": [],
        "core/live/check-live.ts": [],
        "core/live/live-levels.ts": [],
      }),
    ).toEqual([
      {
        rule: "rules-below-steps",
        from: "core/rules/objective-breached.ts",
        to: "core/gate/judged.ts",
      },
      {
        rule: "rules-below-steps",
        from: "core/rules/objective-breached.ts",
        to: "core/live/check-live.ts",
      },
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

  it("passes imports that run downward", async () => {
    expect(
      await violations({
        "core/evaluate.ts": ["./load/load-item"],
        "core/load/load-item.ts": ["../rules/index", "../rules/context", "../parse/p"],
        "core/rules/index.ts": ["./yaml-syntax"],
        "core/rules/context.ts": ["./rule"],
        "core/rules/yaml-syntax.ts": ["./rule", "../data/read", "../parse/p"],
        "core/rules/rule.ts": [],
        "core/parse/p.ts": ["../data/read"],
        "core/data/read.ts": [],
      }),
    ).toEqual([]);
  });
});
