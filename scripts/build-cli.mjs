// npm run build:cli — the CLI as one CommonJS file, lib/bundle/cli.cjs, and V8's code cache for
// it, lib/bundle/cli.cache (see cli/load-bundle.ts). Needs lib/ from `npm run build:lib`.
//
// One file, because resolving and loading ~140 modules cost ~40 ms of every run. CommonJS, because
// Node 20 can take a code cache only for a script, not for an ES module. The cache is made after
// judging the examples in every output format, so it holds the functions a run needs compiled.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "lib", "bundle", "cli.cjs");
const cache = join(root, "lib", "bundle", "cli.cache");

mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, "cli", "main.ts")],
  outfile: out,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // The sources are ES modules that find files and workers from import.meta.url.
  // import.meta.resolve is only asked when running from TypeScript sources (thread/start-thread.ts).
  define: { "import.meta.url": "__importMetaUrl", "import.meta.resolve": "undefined" },
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});

const { loadBundle } = await import("../lib/cli/load-bundle.js");
const { exports, script } = loadBundle(out);
const io = { cwd: root, stdout: () => {}, stderr: () => {}, now: () => new Date("2026-11-25") };
for (const format of ["text", "json", "sarif", "github"]) {
  const args = ["validate", "--config", "examples/.github/roadmap-gate.yml", "--format", format];
  await exports.main(args, io);
}
writeFileSync(cache, script.createCachedData());
