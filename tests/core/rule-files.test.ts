import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleCatalog } from "../../core/rules/index.js";

const RULES_DIR = join(import.meta.dirname, "../../core/rules");
/** What the rules share: their index, their shape, their context and their defensive readers. */
const NOT_RULES = new Set(["index", "rule", "read", "context"]);

function ruleFiles(): string[] {
  return readdirSync(RULES_DIR)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => name.slice(0, -".ts".length))
    .filter((name) => !NOT_RULES.has(name));
}

describe("core/rules: one file per rule id", () => {
  it("has core/rules/<id>.ts for every rule id in the catalog", () => {
    const files = new Set(ruleFiles());
    expect([...ruleCatalog().keys()].filter((id) => !files.has(id))).toEqual([]);
  });

  it("has no file in core/rules that names no rule id", () => {
    const catalog = ruleCatalog();
    expect(ruleFiles().filter((name) => !catalog.has(name))).toEqual([]);
  });

  it("gives each rule file the metadata of its own id", async () => {
    for (const name of ruleFiles()) {
      const module = (await import(join(RULES_DIR, `${name}.ts`))) as Record<string, unknown>;
      const ids = Object.values(module).flatMap((value) => {
        const meta = (value as { meta?: { id?: unknown }; id?: unknown } | null) ?? {};
        return [meta.id, meta.meta?.id].filter((id) => typeof id === "string");
      });
      expect({ name, ids: [...new Set(ids)] }).toEqual({ name, ids: [name] });
    }
  });
});
