import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";

const schemas = {
  item: "schemas/roadmap-item.schema.json",
  config: "schemas/config.schema.json",
} as const;
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

/** Every property-like subschema, with where it sits, for the documentation check. */
function properties(node: unknown, at = "#"): { at: string; schema: Record<string, unknown> }[] {
  if (node === null || typeof node !== "object") return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => properties(n, `${at}/${i}`));
  const found: { at: string; schema: Record<string, unknown> }[] = [];
  for (const [key, value] of Object.entries(node)) {
    const here = `${at}/${key}`;
    if (
      ["properties", "patternProperties", "$defs"].includes(key) &&
      value &&
      typeof value === "object"
    ) {
      for (const [name, schema] of Object.entries(value as object))
        found.push({ at: `${here}/${name}`, schema: schema as Record<string, unknown> });
    }
    if (key !== "examples" && key !== "default" && key !== "const" && key !== "enum")
      found.push(...properties(value, here));
  }
  return found;
}

describe.each(Object.entries(schemas))("the %s schema", (_name, path) => {
  const schema = read(path);

  it("compiles as draft 2020-12 in strict mode", () => {
    // Strict, with no extra keywords: the schemas name their rules in the standard `$comment`.
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("has an $id that names its own file, for editors", () => {
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(String(schema.$id).endsWith(path)).toBe(true);
  });

  it("describes every property", () => {
    expect(properties(schema).length).toBeGreaterThan(20);
    const undocumented = properties(schema)
      .filter(({ schema: s }) => typeof s !== "object" || (!s.title && !s.description))
      .map(({ at }) => at);
    expect(undocumented).toEqual([]);
  });

  it("describes itself", () => {
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });
});
