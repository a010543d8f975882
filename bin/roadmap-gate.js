#!/usr/bin/env node
// The CLI runs from one bundled file with V8's code cache (npm run build:cli; cli/load-bundle.ts):
// a large repository is judged in well under a second, and start-up is a good part of that.
import { fileURLToPath } from "node:url";
import { loadBundle } from "../lib/cli/load-bundle.js";

const bundle = fileURLToPath(new URL("../lib/bundle/cli.cjs", import.meta.url));
const { exports: cli } = loadBundle(bundle, bundle.replace(/\.cjs$/, ".cache"));
process.exitCode = await cli.main(process.argv.slice(2));
