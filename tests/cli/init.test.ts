import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defaultPolicy } from "../../core/policy/policy.js";
import { runMain, tempRepo, TODAY } from "./cli-harness.js";

describe("roadmap-gate init", () => {
  it.each([[[]], [["--ai"]]])(
    "writes a policy and an example item that passes the gate today (%j)",
    async (flags) => {
      const { repo } = await tempRepo({});
      const run = await runMain(["init", ...flags], repo);
      expect(run.stdout).toContain("Created .github/roadmap-gate.yml\n");
      expect(run.stdout).toContain("Created roadmap/example.yaml\n");
      expect(run.code).toBe(0);
      const item = await readFile(join(repo, "roadmap/example.yaml"), "utf8");
      expect(item).toContain(`date: "${TODAY}"`);
      expect(item.includes("ai: true")).toBe(flags.includes("--ai"));
      const validate = await runMain(["validate", "--today", TODAY, "--format", "json"], repo);
      expect(JSON.parse(validate.stdout)).toMatchObject({
        result: "pass",
        errors: 0,
        warnings: 0,
        items: [{ file: "roadmap/example.yaml", verdict: "pass", gated: true }],
      });
      expect(validate.code).toBe(0);
    },
  );

  it("never overwrites: an existing file is skipped with a message", async () => {
    const { repo } = await tempRepo({ ".github/roadmap-gate.yml": "enforcement: warn\n" });
    const run = await runMain(["init"], repo);
    expect(run.stdout).toContain("Skipped .github/roadmap-gate.yml: it already exists\n");
    expect(run.stdout).toContain("Created roadmap/example.yaml\n");
    expect(await readFile(join(repo, ".github/roadmap-gate.yml"), "utf8")).toBe(
      "enforcement: warn\n",
    );
    await writeFile(join(repo, "roadmap/example.yaml"), "mine\n");
    const again = await runMain(["init", "--ai"], repo);
    expect(again.stdout).toContain("Skipped roadmap/example.yaml: it already exists\n");
    expect(await readFile(join(repo, "roadmap/example.yaml"), "utf8")).toBe("mine\n");
    expect(again.code).toBe(0);
  });

  it("writes every section of the policy with its defaults, the error budget gate off", async () => {
    const { repo } = await tempRepo({});
    await runMain(["init"], repo);
    const text = await readFile(join(repo, ".github/roadmap-gate.yml"), "utf8");
    const written = parse(text) as Record<string, Record<string, unknown>>;
    const defaults = defaultPolicy() as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(written).sort()).toEqual(Object.keys(defaults).sort());
    for (const [section, value] of Object.entries(written))
      if (typeof value === "object")
        for (const [key, setting] of Object.entries(value))
          expect(setting, `${section}.${key}`).toEqual(defaults[section]![key]);
      else expect(value, section).toEqual(defaults[section]);
    expect(written.error_budget).toMatchObject({ gate: false });
  });

  it("links the policy and the item to pages that exist in docs/", async () => {
    const { repo } = await tempRepo({});
    await runMain(["init"], repo);
    const files = [".github/roadmap-gate.yml", "roadmap/example.yaml"];
    const texts = await Promise.all(files.map((f) => readFile(join(repo, f), "utf8")));
    const links = texts.join("\n").match(/https:\/\/github\.com\/\S+/g) ?? [];
    expect(links).toEqual([
      "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/policy.md",
      "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/error-budget.md",
      "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/live-checks.md",
      "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/items.md",
    ]);
  });
});
