// roadmap-gate validate (the built CLI) against ajv-cli on the same generated items, with the
// engine in-process and the floor (read + parse only) for scale. Runs alternate between commands.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Run } from "../measure.js";
import { max, median } from "../measure.js";
import type { BenchContext, Section, Table } from "../section.js";

/** The targets this benchmark checks, at the largest size. */
export const TARGET = { ratio: 0.8, peakRssMiB: 300 } as const;

interface Command {
  name: string;
  label: string;
  args(dir: string): string[];
  /** How many files the command got through, read from its output (a sanity check). */
  judged?(stdout: string, stderr: string): number;
}

function commands(context: BenchContext): Command[] {
  const { root } = context;
  const schema = join(root, "schemas", "roadmap-item.schema.json");
  const list: Command[] = [];
  const built = existsSync(join(root, "bin", "cli.cjs"));
  // The default text output, as ajv-cli's is its default: what a user runs in a terminal or CI.
  const judgedText = (stdout: string) => Number(/ in (\d+) items?\s*$/.exec(stdout)?.[1] ?? NaN);
  if (built)
    list.push({
      name: "gate",
      label: "roadmap-gate validate (CLI)",
      args: () => [
        join(root, "bin", "roadmap-gate.js"),
        "validate",
        "--config",
        ".github/roadmap-gate.yml",
        "--today",
        "2026-11-25",
      ],
      judged: judgedText,
    });
  if (built)
    list.push({
      name: "gate-one-core",
      label: "roadmap-gate validate, as on one core",
      // The same CLI with availableParallelism() = 1: no worker threads, to show what they cost.
      args: () => [
        "--import",
        pathToFileURL(join(root, "bench", "child", "one-core.mjs")).href,
        ...list[0]!.args(""),
      ],
      judged: judgedText,
    });
  list.push({
    name: "ajv",
    label: "ajv-cli validate --spec=draft2020",
    args: () => [
      join(root, "node_modules", "ajv-cli", "dist", "index.js"),
      "validate",
      "--spec=draft2020",
      "-s",
      schema,
      "-d",
      "roadmap/*.yaml",
    ],
    // "valid" lines go to stdout, "invalid" ones (with their errors) to stderr.
    judged: (stdout, stderr) =>
      `${stdout}\n${stderr}`.split("\n").filter((l) => / (valid|invalid)$/.test(l)).length,
  });
  if (existsSync(join(root, "lib", "core", "evaluate.js")))
    list.push({
      name: "engine",
      label: "engine in-process (sync read + evaluate)",
      args: (dir) => [join(root, "bench", "child", "engine.mjs"), dir],
    });
  list.push(
    {
      name: "floor-js-yaml",
      label: "floor: read + js-yaml parse",
      args: (dir) => [join(root, "bench", "child", "floor.mjs"), dir, "js-yaml"],
    },
    ...(existsSync(join(root, "lib", "core", "parse", "block-yaml.js"))
      ? [
          {
            name: "floor-block",
            label: "floor: read + roadmap-gate's block YAML reader",
            args: (dir: string) => [join(root, "bench", "child", "floor.mjs"), dir, "block"],
          },
        ]
      : []),
    {
      name: "floor-yaml",
      label: "floor: read + yaml parse",
      args: (dir) => [join(root, "bench", "child", "floor.mjs"), dir, "yaml"],
    },
  );
  return list;
}

interface Measured {
  size: number;
  command: string;
  label: string;
  runs: Run[];
  medianMs: number;
  peakRssMiB?: number;
  judged?: number;
}

const section: Section = {
  name: "validate",
  async run(context) {
    const list = commands(context);
    const notes: string[] = [];
    if (!list.some((c) => c.name === "gate"))
      notes.push(
        "The CLI bundle bin/cli.cjs is missing (npm run build:cli): roadmap-gate validate was not measured.",
      );
    const measured: Measured[] = [];
    for (const size of context.sizes) {
      const dir = await context.corpus(size);
      const runs = new Map<string, Run[]>(list.map((c) => [c.name, []]));
      const judged = new Map<string, number>();
      const once = async (command: Command, tag: string) => {
        const name = `validate-${size}-${command.name}-${tag}`;
        const run = await context.measure(name, process.execPath, command.args(dir), dir);
        if (command.judged && !judged.has(command.name)) {
          const log = (ext: string) =>
            readFileSync(join(context.outDir, "logs", `${name}.${ext}`), "utf8");
          judged.set(
            command.name,
            safely(() => command.judged!(log("out"), log("err"))),
          );
        }
        return run;
      };
      if (!context.smoke) for (const command of list) await once(command, "warmup");
      for (let rep = 0; rep < context.reps; rep++) {
        // Alternate the order, so no command always runs on a cache the previous one warmed.
        const order = list.map((_, i) => list[(i + rep) % list.length]!);
        for (const command of order) runs.get(command.name)!.push(await once(command, `${rep}`));
      }
      for (const command of list) {
        const r = runs.get(command.name)!;
        measured.push({
          size,
          command: command.name,
          label: command.label,
          runs: r,
          medianMs: median(r.map((x) => x.wallMs)),
          peakRssMiB: max(r.map((x) => x.peakRssMiB)),
          judged: judged.get(command.name),
        });
      }
    }
    const tables = context.sizes.map((size) => table(size, measured));
    notes.push(...verdicts(context, measured));
    return {
      title: `Wall time (median of ${context.reps}) and peak RSS, ${context.sizes.join(" and ")} items; ratio to ajv-cli`,
      tables,
      notes,
      data: measured.map(({ runs, ...rest }) => ({
        ...rest,
        wallMs: runs.map((r) => Math.round(r.wallMs)),
        exitCodes: runs.map((r) => r.exitCode),
      })),
    };
  },
};

function table(size: number, measured: readonly Measured[]): Table {
  const rows = measured.filter((m) => m.size === size);
  const ajv = rows.find((m) => m.command === "ajv");
  return {
    columns: [`${size} items`, "median ms", "× ajv-cli", "peak RSS MiB", "files judged", "exit"],
    rows: rows.map((m) => [
      m.label,
      Math.round(m.medianMs),
      ajv ? (m.medianMs / ajv.medianMs).toFixed(2) : "",
      m.peakRssMiB === undefined ? "?" : Math.round(m.peakRssMiB),
      m.judged ?? "",
      [...new Set(m.runs.map((r) => r.exitCode))].join(","),
    ]),
  };
}

function verdicts(context: BenchContext, measured: readonly Measured[]): string[] {
  const size = Math.max(...context.sizes);
  const at = (command: string) => measured.find((m) => m.size === size && m.command === command);
  const gate = at("gate");
  const ajv = at("ajv");
  const notes: string[] = [];
  for (const m of measured)
    if (m.judged !== undefined && m.judged !== m.size)
      notes.push(`${m.label} judged ${m.judged} of ${m.size} files at size ${m.size}.`);
  for (const m of measured)
    if (m.command.startsWith("gate") && m.runs.some((r) => r.exitCode !== 1))
      notes.push(
        `roadmap-gate exited with ${m.runs.map((r) => r.exitCode).join(",")}; 1 expected (the corpus has errors).`,
      );
  if (!gate || !ajv) return notes;
  const ratio = gate.medianMs / ajv.medianMs;
  const timeOk = ratio <= TARGET.ratio;
  const rssOk = gate.peakRssMiB !== undefined && gate.peakRssMiB < TARGET.peakRssMiB;
  notes.push(
    `Target at ${size} items: roadmap-gate ≤ ${TARGET.ratio}× ajv-cli wall time: ${ratio.toFixed(2)}× — ${timeOk ? "met" : "NOT met"}; ` +
      `peak RSS < ${TARGET.peakRssMiB} MiB: ${gate.peakRssMiB?.toFixed(0) ?? "?"} MiB — ${rssOk ? "met" : "NOT met"}.`,
  );
  if (context.smoke) notes.push("Smoke run: sizes too small for the targets to mean anything.");
  return notes;
}

function safely(read: () => number): number {
  try {
    return read();
  } catch {
    return -1;
  }
}

export default section;
