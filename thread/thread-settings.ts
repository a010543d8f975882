/** Far beyond what judging a well-formed item takes, far short of a stall. */
const DEFAULT_FILE_MS = 10_000;

/**
 * Several times what the hardest 1 MiB file takes (about 250 MiB in the CLI) and what 10,000
 * items take, yet a quarter of what V8 would give a thread on a large machine.
 */
const DEFAULT_MEMORY_MB = 1024;

/**
 * The budget a file gets (ROADMAP_GATE_FILE_BUDGET_MS, default 10 s) and the memory an
 * evaluation's thread may use (ROADMAP_GATE_THREAD_MEMORY_MB, default 1024): read by each surface
 * from its environment.
 */
export function threadSettings(env: Record<string, string | undefined>): {
  fileMs: number;
  memoryMb: number;
} {
  return {
    fileMs: positive(env.ROADMAP_GATE_FILE_BUDGET_MS) ?? DEFAULT_FILE_MS,
    memoryMb: positive(env.ROADMAP_GATE_THREAD_MEMORY_MB) ?? DEFAULT_MEMORY_MB,
  };
}

/** A positive number from the environment; undefined when unset or not one. */
export function positive(text: string | undefined): number | undefined {
  const value = Number(text);
  return text && value > 0 ? value : undefined;
}
