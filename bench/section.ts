import type { Run } from "./measure.js";

/** What bench/run.ts hands each section. */
export interface BenchContext {
  /** The repository root. */
  root: string;
  /** `--smoke`: tiny sizes, one repetition; for CI, to prove the harness runs. */
  smoke: boolean;
  /** Corpus sizes (item files), e.g. [1000, 10000]. */
  sizes: number[];
  /** Measured repetitions per command (after one warm-up run unless smoke). */
  reps: number;
  /** A directory with roadmap/*.yaml and .github/roadmap-gate.yml of `count` generated items. */
  corpus(count: number): Promise<string>;
  /** Runs a command once; logs go to bench/out/logs/<name>.{out,err}. */
  measure(name: string, command: string, args: readonly string[], cwd: string): Promise<Run>;
  /** Where a section may write its own files (gitignored). */
  outDir: string;
}

export interface Table {
  columns: string[];
  rows: (string | number)[][];
}

export interface SectionResult {
  title: string;
  tables: Table[];
  /** Said under the tables: targets met or missed, skipped measurements. */
  notes: string[];
  /** Written to bench/results.json under the section's name. */
  data: unknown;
}

/** A module in bench/sections/ default-exports one of these; run.ts runs them in name order. */
export interface Section {
  name: string;
  run(context: BenchContext): Promise<SectionResult>;
}
