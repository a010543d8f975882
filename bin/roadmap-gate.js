#!/usr/bin/env -S node --max-semi-space-size=8

// cli/bin.ts
import { fileURLToPath } from "node:url";

// cli/load-bundle.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";
var HEAP_FLAGS = "--heap-growing-percent=30";
function loadBundle(path, cacheFile) {
  setFlagsFromString(HEAP_FLAGS);
  const file = resolve(path);
  const source = readFileSync(file, "utf8");
  const cachedData = cacheFile === void 0 ? void 0 : readIfPresent(cacheFile);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}
})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  const run = script.runInThisContext();
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    script,
    cacheUsed: cachedData !== void 0 && !script.cachedDataRejected
  };
}
function readIfPresent(file) {
  try {
    return readFileSync(file);
  } catch {
    return void 0;
  }
}

// cli/bin.ts
var bundle = fileURLToPath(new URL("./cli.cjs", import.meta.url));
var cache = fileURLToPath(new URL("../lib/bundle/cli.cache", import.meta.url));
var { exports: cli } = loadBundle(bundle, cache);
process.exitCode = await cli.main(process.argv.slice(2));
