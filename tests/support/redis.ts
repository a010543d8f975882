import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { freePort } from "./prometheus.js";

/** A real Redis (Debian's `redis-server` package) on 127.0.0.1, in memory only, for replica tests. */
export interface LocalRedis {
  /** `redis://127.0.0.1:PORT` */
  url: string;
  stop(): Promise<void>;
}

/** Whether the real-Redis tests can run here (`.ci/run` installs redis-server when it is missing). */
export const redisInstalled: boolean =
  spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;

export async function startRedis(): Promise<LocalRedis> {
  const port = await freePort();
  // No persistence and no config file: each test file gets an empty Redis of its own.
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  await ready(child, () => log);
  return { url: `redis://127.0.0.1:${port}`, stop: () => halt(child) };
}

async function ready(child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!log().includes("Ready to accept connections")) {
    if (child.exitCode !== null) throw new Error(`redis-server exited ${child.exitCode}: ${log()}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`redis-server was not ready within 15 s: ${log()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function halt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });
}
