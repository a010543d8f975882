import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleCatalog } from "../../core/rules/index.js";

const RULES_DIR = join(import.meta.dirname, "../../core/rules");
/** What the rules share: their index, their shapes and their contexts. */
const NOT_RULES = new Set(["index", "rule", "context"]);

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

  it("has each rule file export one rule of its own id, with what it checks or maps", async () => {
    for (const name of ruleFiles()) {
      const module = (await import(join(RULES_DIR, `${name}.ts`))) as Record<string, unknown>;
      const rules = Object.values(module).filter(
        (value): value is Record<string, unknown> & { meta: { id: unknown } } =>
          typeof value === "object" && value !== null && "meta" in value,
      );
      expect({ name, ids: rules.map((rule) => rule.meta.id) }).toEqual({ name, ids: [name] });
      // The one shape: metadata plus a check, or (parse and schema rules) a mapping from the
      // parser's or ajv's error, each reporting through the context it is given.
      const ways = ["check", "fromParser", "fromSchema"].filter(
        (way) => typeof rules[0]![way] === "function",
      );
      expect({ name, checked: ways.length > 0 }).toEqual({ name, checked: true });
    }
  });
});
