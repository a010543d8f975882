import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

interface BuildInputs {
  ncc: string;
  inputs: Record<string, string>;
  outputs: Record<string, string>;
}

async function sha256(path: string): Promise<string | undefined> {
  const bytes = await readFile(join(ROOT, path)).catch(() => undefined);
  return bytes && createHash("sha256").update(bytes).digest("hex");
}

async function json<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(join(ROOT, path), "utf8")) as T;
}

// `npm run build:action` records what it bundled (scripts/build-action.mjs); this checks those
// hashes instead of rebuilding with ncc, which costs half a minute of CPU. .ci/run also rebuilds
// and diffs dist/.
describe("dist/", () => {
  it("is the bundle that build:action made from the sources as they are (run `npm run build:action`)", async () => {
    const built = await json<BuildInputs>("dist/build-inputs.json");
    const scripts = (await json<{ scripts: Record<string, string> }>("package.json")).scripts;
    expect(scripts["build:action"]).toBe("node scripts/build-action.mjs");
    expect(built.ncc).toBe(
      (await json<{ version: string }>("node_modules/@vercel/ncc/package.json")).version,
    );
    // The entry, the engine, the schemas and the dependencies it bundles: a file whose import
    // changed is caught through the importer, which changed too.
    expect(Object.keys(built.inputs)).toEqual(
      expect.arrayContaining([
        "action/index.ts",
        "thread/judge-thread.ts",
        "core/evaluate.ts",
        "node_modules/@actions/core/lib/core.js",
        "scripts/build-action.mjs",
        "tsconfig.json",
      ]),
    );
    const stale: string[] = [];
    for (const [path, hash] of Object.entries({ ...built.inputs, ...built.outputs }))
      if ((await sha256(path)) !== hash) stale.push(path);
    expect(stale, "dist/ is stale: run `npm run build:action` and commit dist/").toEqual([]);
  });
});
