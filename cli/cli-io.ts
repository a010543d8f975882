/** What a command may touch besides the file system: tests hand in their own. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The clock, for the default `--today` (UTC). */
  now(): Date;
  /**
   * Environment variables (ROADMAP_GATE_PROMETHEUS_URL, ROADMAP_GATE_FAST_READER, …); absent: none.
   */
  env?: Record<string, string | undefined>;
  /** Per-query Prometheus timeout in ms; absent: 5 s. Tests set it small. */
  prometheusTimeoutMs?: number;
  /** Prometheus's time for all queries of one run, in ms; absent: 60 s. Tests set it small. */
  prometheusTotalMs?: number;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => new Date(),
    env: process.env,
  };
}

/** A mistake in the command line: said in one message, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;
