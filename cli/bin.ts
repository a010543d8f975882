#!/usr/bin/env -S node --max-semi-space-size=8
// V8's young generation grew in Node 22+: without a cap the CLI peaks over 300 MiB on a 1 MiB file
// of findings (316-397 MiB on Node 24). 16 MiB semi-spaces gave 283-307 MiB once the live checks
// were bundled, 8 MiB gives 263 MiB in the same time. Only a command-line flag sets it.
// The `roadmap-gate` command. bin/roadmap-gate.js is this file bundled, and bin/cli.cjs the CLI
// as one CommonJS file (npm run build:cli; both committed, so installing from git or running the
// pre-commit hook needs no build). V8's code cache for the bundle, lib/bundle/cli.cache, is made by
// `npm run build`; without it the bundle is simply compiled (see cli/load-bundle.ts).
import { fileURLToPath } from "node:url";
import { loadBundle } from "./load-bundle.js";

interface Cli {
  main(argv: string[]): Promise<number>;
}

const bundle = fileURLToPath(new URL("./cli.cjs", import.meta.url));
const cache = fileURLToPath(new URL("../lib/bundle/cli.cache", import.meta.url));
const { exports: cli } = loadBundle<Cli>(bundle, cache);
process.exitCode = await cli.main(process.argv.slice(2));
