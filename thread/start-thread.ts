import { Worker, type ResourceLimits } from "node:worker_threads";

/**
 * A worker thread on the module at `url`, which the caller passes as its own `import.meta.url`:
 * a module that starts threads on itself works the same from its TypeScript source, from lib/ and
 * from a one-file bundle (where its URL is the bundle's). `data` tells the module's threads what
 * role they have, apart from any other thread that imports it. Used by the CLI's judge workers
 * (cli/judge-files.ts) and by the Action's and the App's evaluation threads (judge-thread.ts).
 *
 * Run from source (tests, tsx), the thread first registers tsx's loader, which Node does not pass
 * on to worker threads.
 */
export function startThread(url: string, data: unknown, resourceLimits?: ResourceLimits): Worker {
  if (!url.endsWith(".ts")) return new Worker(new URL(url), { workerData: data, resourceLimits });
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(boot, { eval: true, workerData: data, resourceLimits });
}
