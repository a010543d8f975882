// Derives the TypeScript types from the published JSON Schemas, so the two are never written twice.
// `npm run generate` writes them; tests/schema/types-in-step.test.ts fails when they are stale.
import { readFile, writeFile } from "node:fs/promises";
import { compile } from "json-schema-to-typescript";

export async function generateTypes(schemaFile, typeName) {
  const schema = JSON.parse(await readFile(schemaFile, "utf8"));
  return compile({ ...schema, title: typeName }, typeName, {
    bannerComment: `/* Generated from ${schemaFile} by scripts/generate-types.mjs. Do not edit. */`,
    additionalProperties: false,
    unreachableDefinitions: false,
    format: true,
    style: { printWidth: 100 },
  });
}

export const targets = [
  ["schemas/roadmap-item.schema.json", "RoadmapItem", "core/item/roadmap-item.generated.ts"],
  ["schemas/config.schema.json", "PolicyFile", "core/policy/policy-file.generated.ts"],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [schema, name, out] of targets)
    await writeFile(out, await generateTypes(schema, name));
}
