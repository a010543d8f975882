// SLO files at the size limit: `roadmap-gate validate` on one item whose metrics link an SLO in a
// 1 MiB Sloth file (about 27,000 SLOs) written as block YAML, flow YAML or minified JSON, and
// one that misspells a name (so the "nearest names" hint runs over all of them). Target: each
// well under a second of CPU (they once took 14 to 22 s), peak RSS like a small repository's.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateItems, POLICY } from "../../scripts/generate-items.js";
import {
  generatedSloName,
  generateSlothFile,
  type SloFileShape,
} from "../../scripts/generate-slo-files.js";
import { max, median, type Run } from "../measure.js";
import type { Section } from "../section.js";

const MiB = 1 << 20;
const SHAPES: SloFileShape[] = ["block", "flow", "json"];
/** CPU ms for one run with a 1 MiB SLO file, startup included. */
export const TARGET_CPU_MS = 1000;

/** A repository with one item and, unless `shape` is undefined, a 1 MiB SLO file it links. */
function writeRepository(dir: string, shape: SloFileShape | undefined): number {
  rmSync(dir, { recursive: true, force: true });
  const item = generateItems({ count: 1, seed: 1, parseable: true })[0]!;
  const linked = item.content.replace(
    /^ {2}pipeline_reliability:\n {4}objective: .*\n {4}window: .*\n/m,
    () =>
      `  pipeline_reliability:\n    objective: ">= 99.9%"\n    window: 30d\n    slo: svc/${generatedSloName(100)}\n`,
  );
  const misspelt = linked.replace(
    /^ {2}error_budget:\n {4}objective: .*\n {4}window: .*\n/m,
    () =>
      `  error_budget:\n    objective: "<= 0.1%"\n    window: 30d\n    slo: ${generatedSloName(1234).replace("123", "1x23")}\n`,
  );
  write(join(dir, item.path), misspelt);
  const file = shape === "json" ? "slos/sloth.json" : "slos/sloth.yaml";
  const text = shape === undefined ? "" : generateSlothFile(shape, MiB);
  if (shape !== undefined) write(join(dir, file), text);
  write(
    join(dir, ".github", "roadmap-gate.yml"),
    shape === undefined ? POLICY : `${POLICY}slo:\n  files: ["${file}"]\n`,
  );
  return text.length;
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const section: Section = {
  name: "slo-files",
  async run(context) {
    if (!existsSync(join(context.root, "bin", "cli.cjs")))
      return {
        title: "SLO files of 1 MiB",
        tables: [],
        notes: ["The CLI bundle bin/cli.cjs is missing (npm run build:cli): nothing was measured."],
        data: {},
      };
    const bin = join(context.root, "bin", "roadmap-gate.js");
    const variants = [undefined, ...SHAPES];
    const rows: (string | number)[][] = [];
    const data: Record<string, unknown> = {};
    const notes: string[] = [];
    for (const shape of variants) {
      const label = shape ?? "none";
      const dir = join(context.outDir, `slo-files-${label}`);
      const bytes = writeRepository(dir, shape);
      const runs: Run[] = [];
      const once = (tag: string) =>
        context.measure(
          `slo-files-${label}-${tag}`,
          process.execPath,
          [bin, "validate", "--today", "2026-11-25"],
          dir,
        );
      if (!context.smoke) await once("warmup");
      for (let rep = 0; rep < context.reps; rep++) runs.push(await once(`${rep}`));
      const cpu = runs.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
      const result = {
        bytes,
        medianMs: Math.round(median(runs.map((r) => r.wallMs))),
        cpuMs: cpu.length > 0 ? Math.round(median(cpu)) : NaN,
        peakRssMiB: Math.round(max(runs.map((r) => r.peakRssMiB)) ?? NaN),
        exits: [...new Set(runs.map((r) => r.exitCode))],
      };
      data[label] = result;
      rows.push([
        shape === undefined ? "no slo.files" : `Sloth, ${shape}`,
        bytes,
        result.medianMs,
        result.cpuMs,
        result.peakRssMiB,
        result.exits.join(","),
      ]);
      if (shape !== undefined && Number.isFinite(result.cpuMs))
        notes.push(
          `${shape}: CPU ${result.cpuMs} ms — ${result.cpuMs <= TARGET_CPU_MS ? "met" : "NOT met"} (target ≤ ${TARGET_CPU_MS} ms, startup included).`,
        );
    }
    notes.push(
      "Exit 1 is expected: the item misspells one SLO name (slo-unknown), so the nearest-names hint runs over every SLO.",
    );
    return {
      title: `Wall and CPU time (medians of ${context.reps}) and peak RSS of roadmap-gate validate with one 1 MiB SLO file`,
      tables: [
        {
          columns: ["SLO file", "bytes", "median ms", "CPU ms", "peak RSS MiB", "exit"],
          rows,
        },
      ],
      notes,
      data,
    };
  },
};

export default section;
