// The SLO cross-check's cost: `roadmap-gate validate` on items whose metrics link SLOs (three per
// item), with and without the policy's slo.files (3,000 SLOs across the four formats). Target:
// with slo.files at most 1.3x the time without. Runs alternate between the two policies.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { max, median, type Run } from "../measure.js";
import type { Section } from "../section.js";
import { writeSloCorpus } from "../support/slo-corpus.js";

export const TARGET_RATIO = 1.3;

const VARIANTS = [
  { name: "without", label: "validate, no slo.files", policy: ".github/without-slo.yml" },
  { name: "with", label: "validate, slo.files: 3,000 SLOs", policy: ".github/with-slo.yml" },
] as const;

function summary(runs: readonly Run[]) {
  const cpu = runs.flatMap((x) => (x.cpuMs === undefined ? [] : [x.cpuMs]));
  return {
    medianMs: median(runs.map((x) => x.wallMs)),
    cpuMs: cpu.length > 0 ? median(cpu) : NaN,
    peakRssMiB: max(runs.map((x) => x.peakRssMiB)),
    exits: [...new Set(runs.map((x) => x.exitCode))],
  };
}

const section: Section = {
  name: "slo",
  async run(context) {
    const size = Math.max(...context.sizes);
    if (!existsSync(join(context.root, "bin", "cli.cjs")))
      return {
        title: "SLO cross-check",
        tables: [],
        notes: ["The CLI bundle bin/cli.cjs is missing (npm run build:cli): nothing was measured."],
        data: {},
      };
    const dir = join(context.outDir, `slo-corpus-${size}`);
    rmSync(dir, { recursive: true, force: true });
    const corpus = writeSloCorpus(dir, size);
    const bin = join(context.root, "bin", "roadmap-gate.js");
    const runs = new Map<string, Run[]>(VARIANTS.map((v) => [v.name, []]));
    const once = (v: (typeof VARIANTS)[number], tag: string) =>
      context.measure(
        `slo-${size}-${v.name}-${tag}`,
        process.execPath,
        [bin, "validate", "--config", v.policy, "--today", "2026-11-25"],
        dir,
      );
    if (!context.smoke) for (const v of VARIANTS) await once(v, "warmup");
    for (let rep = 0; rep < context.reps; rep++) {
      const order = rep % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const v of order) runs.get(v.name)!.push(await once(v, `${rep}`));
    }
    const [without, withSlo] = VARIANTS.map((v) => summary(runs.get(v.name)!)) as [
      ReturnType<typeof summary>,
      ReturnType<typeof summary>,
    ];
    const ratio = withSlo.medianMs / without.medianMs;
    const cpuRatio = withSlo.cpuMs / without.cpuMs;
    const log = readFileSync(join(context.outDir, "logs", `slo-${size}-with-0.out`), "utf8");
    const sloFindings = (log.match(/\[slo-[a-z-]+\]/g) ?? []).length;
    const worst = Math.max(ratio, Number.isFinite(cpuRatio) ? cpuRatio : 0);
    const notes = [
      `${size} items, ${corpus.linked} metrics linked to SLOs, 3,000 SLOs in ${corpus.sloFiles} files (OpenSLO v1, Sloth prometheus/v1, Sloth CRD, Pyrra); ${sloFindings} slo-* findings (the links agree).`,
      `Target: with slo.files ≤ ${TARGET_RATIO}× the time without: wall ${ratio.toFixed(2)}×, CPU ${cpuRatio.toFixed(2)}× — ${worst <= TARGET_RATIO ? "met" : "NOT met"}.`,
    ];
    if (context.smoke) notes.push("Smoke run: sizes too small for the target to mean anything.");
    return {
      title: `Wall and CPU time (medians of ${context.reps}) of roadmap-gate validate with and without slo.files`,
      tables: [
        {
          columns: [
            `${size} items`,
            "median ms",
            "ratio",
            "CPU ms",
            "CPU ratio",
            "peak RSS MiB",
            "exit",
          ],
          rows: [without, withSlo].map((v, i) => [
            VARIANTS[i]!.label,
            Math.round(v.medianMs),
            (v.medianMs / without.medianMs).toFixed(2),
            Math.round(v.cpuMs),
            (v.cpuMs / without.cpuMs).toFixed(2),
            Math.round(v.peakRssMiB ?? NaN),
            v.exits.join(","),
          ]),
        },
      ],
      notes,
      data: {
        size,
        linkedMetrics: corpus.linked,
        sloFiles: corpus.sloFiles,
        slos: 3000,
        sloFindings,
        ratio: Number(ratio.toFixed(3)),
        cpuRatio: Number(cpuRatio.toFixed(3)),
        ...Object.fromEntries(
          VARIANTS.flatMap((v) => [
            [`${v.name}Ms`, runs.get(v.name)!.map((r) => Math.round(r.wallMs))],
            [`${v.name}CpuMs`, runs.get(v.name)!.map((r) => Math.round(r.cpuMs ?? NaN))],
          ]),
        ),
      },
    };
  },
};

export default section;
