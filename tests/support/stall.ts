import { fileURLToPath } from "node:url";
import { BroadcastChannel } from "node:worker_threads";

/** tests/support/stall-thread.mjs, for NODE_OPTIONS=--import of a process of the built surfaces. */
const STALL_MODULE = fileURLToPath(new URL("./stall-thread.mjs", import.meta.url));

/** Threads in this process that run the real entry with the stall of stall-thread.mjs. */
export const STALLING_JUDGE_THREAD = new URL("./stalling-judge-thread.ts", import.meta.url).href;

/**
 * The environment of a process (the built Action, the App) whose evaluation threads never finish
 * judging `paths`: the stall is preloaded into every thread, the product holds no such hook.
 */
export function stallEnv(...paths: string[]): Record<string, string> {
  return {
    NODE_OPTIONS: `--import=${STALL_MODULE}`,
    ROADMAP_GATE_TEST_STALL_FILE: paths.join(","),
  };
}

/**
 * Resolves once a thread of this process starts its endless judging of `path` (stall-thread.mjs
 * announces it): an event to await instead of a hold. Call it before the job starts.
 */
export function stallStarts(path: string): Promise<void> {
  const channel = new BroadcastChannel("roadmap-gate:test-stall");
  channel.unref();
  return new Promise((resolve) => {
    channel.onmessage = (event) => {
      if ((event as MessageEvent).data !== path) return;
      channel.close();
      resolve();
    };
  });
}
