import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";

/**
 * V8 lets the heap grow to up to four times what its last full collection kept before it
 * collects again. Judging a file of 200,000 findings makes a lot of short-lived garbage (ajv's
 * errors, pending findings, output pieces), and with that factor a run that keeps some 70 MB
 * peaked at 340 MB; at 1.3 times (this flag) it peaks under 300 MiB, for a few more collections.
 * Set before the bundle is compiled, here, by the bin and by the build that makes the code
 * cache alike: V8 takes a code cache only from a process with the same flags.
 */
export const HEAP_FLAGS = "--heap-growing-percent=30";

export interface LoadedBundle<T> {
  exports: T;
  /** The compiled script, for the build to make its code cache from (scripts/build-cli.mjs). */
  script: vm.Script;
  /** Whether V8 took the code cache; false when there was none or it was for another V8. */
  cacheUsed: boolean;
}

/**
 * Runs a one-file CommonJS bundle (the CLI's, bin/cli.cjs) with V8's code cache for it
 * when there is one this Node accepts. Compiling the bundle's functions is a good part of a
 * short run's cost, and Node 20 has no compile cache of its own (`module.enableCompileCache`
 * came with Node 22). A missing or rejected cache only means compiling as usual.
 */
export function loadBundle<T>(path: string, cacheFile?: string): LoadedBundle<T> {
  setFlagsFromString(HEAP_FLAGS);
  const file = resolve(path);
  const source = readFileSync(file, "utf8");
  const cachedData = cacheFile === undefined ? undefined : readIfPresent(cacheFile);
  // The wrapper Node's own CommonJS loader puts around a module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    script,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
  };
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
