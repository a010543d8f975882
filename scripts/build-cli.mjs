// npm run build:cli — the CLI as one CommonJS file, bin/cli.cjs, the command that runs it,
// bin/roadmap-gate.js (cli/bin.ts bundled), and V8's code cache for the CLI, lib/bundle/cli.cache
// (see cli/load-bundle.ts). The two bin/ files are committed, as dist/ is for the Action: a global
// install from git (`npm install -g`, the pre-commit hook) then needs no build tools, which npm
// does not give it. The cache needs lib/ from `npm run build:lib`.
// `node scripts/build-cli.mjs --check` writes nothing and exits 1 when a committed file is stale.
//
// One file, because resolving and loading ~140 modules cost ~40 ms of every run. CommonJS, because
// Node 20 can take a code cache only for a script, not for an ES module. The cache is made after
// judging the examples in every output format, so it holds the functions a run needs compiled.
// It runs with the bin's shebang flags (package.json): V8 rejects a cache made under other flags.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "bin", "cli.cjs");
const bin = join(root, "bin", "roadmap-gate.js");
const cache = join(root, "lib", "bundle", "cli.cache");
const check = process.argv.includes("--check");

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  logLevel: "warning",
  write: false,
  legalComments: "inline",
};
const [cliBuild, binBuild] = await Promise.all([
  build({
    ...common,
    entryPoints: [join(root, "cli", "main.ts")],
    outfile: cli,
    format: "cjs",
    // The sources are ES modules that find files and workers from import.meta.url.
    // import.meta.resolve is only asked when running from TypeScript sources (thread/start-thread.ts).
    define: { "import.meta.url": "__importMetaUrl", "import.meta.resolve": "undefined" },
    banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  }),
  build({ ...common, entryPoints: [join(root, "cli", "bin.ts")], outfile: bin, format: "esm" }),
]);
const outputs = [...cliBuild.outputFiles, ...binBuild.outputFiles];

if (check) {
  const stale = outputs.filter((o) => readIfPresent(o.path) !== o.text).map((o) => o.path);
  for (const path of stale)
    console.error(`${relative(root, path)} is stale: run npm run build:cli and commit it`);
  process.exit(stale.length > 0 ? 1 : 0);
}
for (const output of outputs) writeFileSync(output.path, output.text);
chmodSync(bin, 0o755);

const { loadBundle } = await import("../lib/cli/load-bundle.js");
const { exports, script } = loadBundle(cli);
const io = { cwd: root, stdout: () => {}, stderr: () => {}, now: () => new Date("2026-11-25") };
for (const format of ["text", "json", "sarif", "github"]) {
  const args = ["validate", "--config", "examples/.github/roadmap-gate.yml", "--format", format];
  await exports.main(args, io);
}
// The examples link SLOs (examples/slos): the export's functions are compiled for the cache too.
await exports.main(["slo", "--config", "examples/.github/roadmap-gate.yml"], io);
mkdirSync(dirname(cache), { recursive: true });
writeFileSync(cache, script.createCachedData());

function readIfPresent(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
