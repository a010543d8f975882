import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import type { FakeGitHub } from "../../support/fake-github/index.js";

export const WEBHOOK_SECRET = "roadmap-gate-test-secret";
const ROOT = resolve(import.meta.dirname, "../../..");
const PROBOT = join(ROOT, "node_modules/probot/bin/probot.js");
// The app runs from an empty directory, so the TypeScript loader is named by its full path.
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/esm/index.mjs")).href;

export interface RunningApp {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** What the process wrote (JSON log lines at LOG_LEVEL). */
  output(): string;
  stop(): Promise<void>;
}

/** The app in a process of its own (startApp). */
export interface AppProcess extends RunningApp {
  /** Where it keeps its leases without Redis (ROADMAP_GATE_STATE_DIR): a restart may reuse it. */
  stateDir: string;
  /** SIGKILL: the process dies at once, mid-way through whatever it was doing. */
  kill(): Promise<void>;
}

export interface AppOptions {
  /**
   * Run the compiled app (`lib/app/index.js`, what `npm start` runs; the default, kept fresh by
   * tests/support/global-setup.ts) or, with false, the sources under tsx.
   */
  compiled?: boolean;
  env?: Record<string, string>;
  /**
   * GitHub's write spacing (1 s per installation) and retry back-off (1, 4, 9 s), as in
   * production. Without it the app runs with test timings (TEST_TIMINGS), so tests do not wait.
   */
  githubTimings?: boolean;
}

/** Writes 5 ms apart, back-off of 5, 20, 45 ms: the same mechanisms, at test speed. */
export const TEST_TIMINGS = { ROADMAP_GATE_WRITE_SPACING_MS: "5", ROADMAP_GATE_RETRY_BASE_MS: "5" };

/**
 * Starts the real Probot server (`probot run`) in its own process, pointed at the fake GitHub as
 * GitHub Enterprise Server. It runs from an empty temporary directory, so no `.env` is loaded.
 */
export async function startApp(gh: FakeGitHub, options: AppOptions = {}): Promise<AppProcess> {
  const port = await freePort();
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const compiled = options.compiled ?? true;
  const entry = compiled ? join(ROOT, "lib/app/index.js") : join(ROOT, "app/index.ts");
  const args = compiled ? [PROBOT, "run", entry] : ["--import", TSX, PROBOT, "run", entry];
  const cwd = mkdtempSync(join(tmpdir(), "roadmap-gate-app-"));
  const stateDir = options.env?.ROADMAP_GATE_STATE_DIR ?? join(cwd, "state");
  const child = spawn(process.execPath, args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "test",
      APP_ID: "1",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      GHE_HOST: gh.url.replace(/^http:\/\//, ""),
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
      // Leases of its own (app/leases), not those of other tests' apps in the shared temp folder.
      ROADMAP_GATE_STATE_DIR: stateDir,
      // Asking GitHub for failed deliveries at start is tested on its own (replicas/redeliver.test.ts).
      ROADMAP_GATE_REDELIVER_FAILED: "false",
      ...(options.githubTimings ? {} : TEST_TIMINGS),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(url, child, () => output);
  return {
    url,
    output: () => output,
    stop: () => stop(child),
    stateDir,
    kill: () => kill(child),
  };
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the app exited (${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  child.kill("SIGKILL");
  throw new Error(`the app did not become healthy within 30 s:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once("exit", () => done());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once("exit", () => done());
    child.kill("SIGKILL");
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
