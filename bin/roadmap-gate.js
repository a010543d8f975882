#!/usr/bin/env node
// One bundled file (npm run build:cli) starts in a third of the time of the ~140 modules it holds.
import { main } from "../lib/bundle/index.js";

process.exitCode = await main(process.argv.slice(2));
