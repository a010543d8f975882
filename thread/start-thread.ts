import { Worker, type ResourceLimits } from "node:worker_threads";

/**
 * A worker thread on the module at `url`, an entry's own `import.meta.url` (judge-thread.ts,
 * cli/judge-worker.ts): the same code works from the TypeScript sources, from lib/ and from a
 * one-file bundle (where the URL is the bundle's, and the bundle holds the entry). `data` tells
 * the entry's threads their role, apart from any other thread that imports it.
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
