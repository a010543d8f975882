import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaRuleOf } from "../../core/item/schema-rule.js";
import { schemaRules } from "../../core/rules/index.js";

const SCHEMAS = ["roadmap-item.schema.json", "config.schema.json"];

/** Every schema object that has a `pattern`, with where it is and the rule it names. */
function patterns(node: unknown, at: string, into: { at: string; rule: unknown }[]): void {
  if (node === null || typeof node !== "object") return;
  const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
  if (!Array.isArray(node) && typeof (node as { pattern?: unknown }).pattern === "string")
    into.push({ at, rule: schemaRuleOf(node) });
  for (const [key, value] of entries) patterns(value, `${at}/${key as string}`, into);
}

describe("schema patterns name their rule", () => {
  for (const name of SCHEMAS) {
    it(`annotates every pattern in ${name} with "$comment": "rule: <id>", a rule that explains a mismatch`, () => {
      const schema: unknown = JSON.parse(
        readFileSync(join(import.meta.dirname, "../../schemas", name), "utf8"),
      );
      const found: { at: string; rule: unknown }[] = [];
      patterns(schema, "#", found);
      expect(found.length).toBeGreaterThan(0);
      const known = new Set(
        schemaRules.filter((r) => r.keywords.includes("pattern")).map((r) => r.meta.id),
      );
      expect(found.filter((p) => typeof p.rule !== "string" || !known.has(p.rule))).toEqual([]);
    });
  }
});
