import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { format, resolveConfig } from "prettier";
import { describe, expect, it } from "vitest";

interface Generator {
  generateTypes(schemaFile: string, typeName: string): Promise<string>;
  targets: [schema: string, typeName: string, out: string][];
}

// A plain .mjs script without types: imported by URL, typed here.
const generator = (await import(pathToFileURL("scripts/generate-types.mjs").href)) as Generator;

describe("the generated TypeScript types", () => {
  it("cover every published schema", () => {
    expect(generator.targets.map(([schema]) => schema).sort()).toEqual([
      "schemas/config.schema.json",
      "schemas/roadmap-item.schema.json",
    ]);
  });

  it.each(generator.targets)(
    "are in step with %s (run `npm run generate`)",
    async (schema, name, out) => {
      const options = { ...(await resolveConfig(out)), parser: "typescript", printWidth: 100 };
      const fresh = await format(await generator.generateTypes(schema, name), options);
      const committed = await format(readFileSync(out, "utf8"), options);
      expect(committed).toBe(fresh);
    },
  );
});
