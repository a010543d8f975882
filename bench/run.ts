// npm run bench [-- --smoke] [--only NAME] [--sizes 1000,10000] [--reps 5]
// Runs every section in bench/sections/ (each a module that default-exports a Section), prints
// its tables and writes bench/results.json (smoke runs: bench/out/results.smoke.json).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { generateItems, writeItems } from "../scripts/generate-items.js";
import { measure } from "./measure.js";
import type { BenchContext, Section, SectionResult, Table } from "./section.js";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    only: { type: "string", multiple: true },
    sizes: { type: "string" },
    reps: { type: "string" },
  },
});
const smoke = values.smoke ?? false;
const outDir = join(root, "bench", "out");
const logDir = join(outDir, "logs");
mkdirSync(logDir, { recursive: true });

const SEED = 1;
const context: BenchContext = {
  root,
  smoke,
  sizes: values.sizes ? values.sizes.split(",").map(Number) : smoke ? [50] : [1000, 10_000],
  reps: values.reps ? Number(values.reps) : smoke ? 1 : 5,
  outDir,
  corpus,
  measure: (name, command, args, cwd) => measure(command, args, { cwd, logDir, name }),
};

/** Generated once per size and seed, reused by later runs (bench/out is gitignored). */
async function corpus(count: number): Promise<string> {
  const dir = join(outDir, `corpus-${count}`);
  const key = JSON.stringify({ count, seed: SEED, parseable: true, version: 2 });
  const keyFile = join(dir, ".bench-key");
  if (existsSync(keyFile) && readFileSync(keyFile, "utf8") === key) return dir;
  await writeItems(dir, generateItems({ count, seed: SEED, parseable: true }));
  writeFileSync(keyFile, key);
  return dir;
}

async function sections(): Promise<Section[]> {
  const dir = join(root, "bench", "sections");
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const loaded: Section[] = [];
  for (const name of names) {
    const module = (await import(pathToFileURL(join(dir, name)).href)) as { default?: Section };
    if (!module.default) throw new Error(`bench/sections/${name} has no default export`);
    loaded.push(module.default);
  }
  return loaded.filter((s) => !values.only || values.only.includes(s.name));
}

function render(table: Table): string {
  const cells = [table.columns, ...table.rows.map((r) => r.map(String))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  return [
    line(cells[0]!),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.slice(1).map(line),
  ].join("\n");
}

const results: Record<string, unknown> = {};
for (const section of await sections()) {
  console.log(`\n## ${section.name}\n`);
  const result: SectionResult = await section.run(context);
  console.log(result.title + "\n");
  for (const table of result.tables) console.log(render(table) + "\n");
  for (const note of result.notes) console.log(`- ${note}`);
  results[section.name] = { title: result.title, notes: result.notes, data: result.data };
}

const file = smoke ? join(outDir, "results.smoke.json") : join(root, "bench", "results.json");
const previous = values.only && existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
const document = {
  measuredAt: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
  },
  sizes: context.sizes,
  reps: context.reps,
  sections: { ...(previous.sections ?? {}), ...results },
};
writeFileSync(file, JSON.stringify(document, null, 2) + "\n");
console.log(`\nWrote ${file.slice(root.length + 1)}`);
