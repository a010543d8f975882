/**
 * Milliseconds of CPU this process spent while `fn` ran (user + system), and what it returned.
 * A bound on how long the engine takes is about its work: the tests run three files at once on
 * two cores (vitest.config.ts), beside whatever else the machine runs, where wall time can double
 * while CPU time does not. Vitest runs each test file in a process of its own (its forks pool), and
 * `fn` is synchronous, so the time is the test's own (with its garbage collection).
 */
export function cpuTimed<T>(fn: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}
