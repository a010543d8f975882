// Compiles the published JSON Schemas into standalone validator code once, at build time, so no
// run pays ajv's ~80 ms compile. `node scripts/build-validators.mjs` writes the file;
// tests/schema/validators-in-step.test.ts fails when it is stale.
import { readFile, writeFile } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";

export const VALIDATORS_FILE = "core/item/validators.generated.ts";

/** ajv runtime helpers replaced by the engine's own, with the same answers (see each file). */
const OWN_RUNTIME = { "ajv/dist/runtime/ucs2length": "./ucs2length.js" };

const APPEND_ERRORS = `function appendErrors(into, errors) {
  if (into === null) return errors;
  for (let i = 0; i < errors.length; i++) into.push(errors[i]);
  return into;
}`;

export async function buildValidators() {
  const item = JSON.parse(await readFile("schemas/roadmap-item.schema.json", "utf8"));
  const config = JSON.parse(await readFile("schemas/config.schema.json", "utf8"));
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    // One function per $defs schema: smaller functions, which V8 optimises sooner in a short run.
    inlineRefs: false,
    // Errors carry their parent schema, so a finding can list the keys that are allowed.
    verbose: true,
    // Findings make their own messages (core/load/shape-findings.ts); ajv's, one string per error,
    // were a fifth of the memory of a file with 180,000 of them.
    messages: false,
    code: { source: true, esm: true },
  });
  ajv.addSchema(item);
  ajv.addSchema(config);
  let code = standaloneCode.default(ajv, { item: item.$id, config: config.$id });
  // ajv emits require() for its runtime helpers even in ESM mode: turn them into imports.
  const imports = new Map();
  code = code.replace(/require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)/g, (_, path) => {
    const name = `runtime_${path.split("/").pop()}`;
    imports.set(name, OWN_RUNTIME[path] ?? `${path}.js`);
    return name;
  });
  // A called validator's errors are concatenated into a new array per call: with a list of 100,000
  // bad handles that is quadratic (32 s). Appending in place keeps every error, in the same order.
  code = code.replace(
    /vErrors = vErrors === null \? (validate\d+\.errors) : vErrors\.concat\(\1\)/g,
    "vErrors = appendErrors(vErrors, $1)",
  );
  if (code.includes(".concat("))
    throw new Error("ajv merges errors in a new way: update appendErrors");
  const header = [
    "// @ts-nocheck",
    "/* Generated from schemas/*.schema.json by scripts/build-validators.mjs. Do not edit. */",
    // Node hands a CommonJS module's exports as the default; bundlers and vite unwrap `default`.
    ...[...imports].flatMap(([name, path]) => [
      `import * as ${name}_module from "${path}";`,
      `const ${name} = { default: ${name}_module.default?.default ?? ${name}_module.default };`,
    ]),
    APPEND_ERRORS,
  ].join("\n");
  return `${header}\n${code.replace(/^"use strict";/, "")}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(VALIDATORS_FILE, await buildValidators());
}
