import { describe, expect, it } from "vitest";
import { fixture, runMain } from "./cli-harness.js";

describe("roadmap-gate schema (from the TypeScript source)", () => {
  it("prints the item schema by default, as valid JSON with an $id", async () => {
    const run = await runMain(["schema"], fixture("passing"));
    const schema = JSON.parse(run.stdout) as { $id: string; title: string };
    expect(schema.$id).toMatch(/\/schemas\/roadmap-item\.schema\.json$/);
    expect(run.code).toBe(0);
  });

  it("prints the policy schema for `config`", async () => {
    const run = await runMain(["schema", "config"], fixture("passing"));
    expect((JSON.parse(run.stdout) as { $id: string }).$id).toMatch(/config\.schema\.json$/);
  });

  it("rejects another schema name", async () => {
    const run = await runMain(["schema", "policy"], fixture("passing"));
    expect(run.stderr).toContain('schema is "item" or "config", not "policy"');
    expect(run.code).toBe(2);
  });
});

describe("roadmap-gate without a known command", () => {
  it("prints the usage and exits 2 with no command, 0 with --help", async () => {
    const none = await runMain([], fixture("passing"));
    expect(none.stdout).toContain("Usage:");
    expect(none.code).toBe(2);
    expect((await runMain(["--help"], fixture("passing"))).code).toBe(0);
    expect((await runMain(["validate", "--help"], fixture("passing"))).stdout).toContain(
      "Exit codes: 0 no errors, 1 errors, 2",
    );
  });

  it("rejects an unknown command, even one named like an object property", async () => {
    for (const command of ["lint", "constructor", "__proto__"]) {
      const run = await runMain([command], fixture("passing"));
      expect(run.stderr).toContain(`unknown command "${command}"`);
      expect(run.code).toBe(2);
    }
  });

  it("prints the package version", async () => {
    const run = await runMain(["--version"], fixture("passing"));
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
