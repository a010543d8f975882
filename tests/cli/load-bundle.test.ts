import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../../cli/load-bundle.js";
import { REPO, SHEBANG_FLAGS } from "./cli-harness.js";

interface Sample {
  twice(n: number): number;
  where: string;
  builtin: string;
}

/** A small CommonJS bundle, as esbuild writes one: exports, require of a builtin, __filename. */
function sampleBundle(): { file: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-gate-bundle-"));
  const file = join(dir, "sample.cjs");
  writeFileSync(
    file,
    [
      'const path = require("node:path");',
      "exports.twice = (n) => n * 2;",
      "exports.where = __filename;",
      "exports.builtin = path.basename(__dirname);",
    ].join("\n"),
  );
  return { file, cache: join(dir, "sample.cache") };
}

describe("loadBundle", () => {
  it("runs a CommonJS bundle as Node's loader would", () => {
    const { file } = sampleBundle();
    const { exports, cacheUsed } = loadBundle<Sample>(file);
    expect(exports.twice(21)).toBe(42);
    expect(exports.where).toBe(file);
    expect(exports.builtin).toMatch(/^roadmap-gate-bundle-/);
    expect(cacheUsed).toBe(false);
  });

  it("takes the code cache made from a run of the same bundle", () => {
    const { file, cache } = sampleBundle();
    const first = loadBundle<Sample>(file, cache);
    expect(first.cacheUsed).toBe(false); // none yet
    first.exports.twice(1);
    writeFileSync(cache, first.script.createCachedData());
    const second = loadBundle<Sample>(file, cache);
    expect(second.cacheUsed).toBe(true);
    expect(second.exports.twice(4)).toBe(8);
  });

  it("compiles as usual when the cache is not for this bundle or this V8", () => {
    const { file, cache } = sampleBundle();
    writeFileSync(cache, Buffer.from("not a code cache"));
    const { exports, cacheUsed } = loadBundle<Sample>(file, cache);
    expect(cacheUsed).toBe(false);
    expect(exports.twice(5)).toBe(10);
  });

  it("takes the cache that the build made for the CLI", () => {
    const bundle = join(REPO, "bin/cli.cjs");
    const cache = join(REPO, "lib/bundle/cli.cache");
    // The bundle is committed; `npm run build` makes its cache.
    expect(existsSync(cache), "lib/bundle/cli.cache: run npm run build").toBe(true);
    // Under the flags the bin's shebang gives node: V8 rejects a cache made under other flags.
    const loader = pathToFileURL(join(REPO, "lib/cli/load-bundle.js")).href;
    const probe = `const { loadBundle } = await import(${JSON.stringify(loader)});
      const { exports, cacheUsed } = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cache)});
      console.log(JSON.stringify({ main: typeof exports.main, cacheUsed }));`;
    const run = spawnSync(
      process.execPath,
      [...SHEBANG_FLAGS, "--input-type=module", "-e", probe],
      {
        encoding: "utf8",
      },
    );
    expect(JSON.parse(run.stdout)).toEqual({ main: "function", cacheUsed: true });
  });
});
