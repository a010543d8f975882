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
  /** Its process id (benchmarks read its CPU time from /proc). */
  pid?: number;
}

export interface AppOptions {
  /**
   * Run the compiled app (`lib/app/start.js`, what `npm start` runs; the default, kept fresh by
   * tests/support/global-setup.ts) or, with false, the sources under tsx.
   */
  compiled?: boolean;
  env?: Record<string, string>;
  /**
   * GitHub's write spacing (1 s per installation) and retry back-off (1, 4, 9 s), as in
   * production. Without it the app runs with test timings (TEST_TIMINGS), so tests do not wait.
   */
  githubTimings?: boolean;
  /**
   * Starts the app some other way (the built image's filesystem under chroot) with this
   * environment; the process gets its own process group, which `stop` ends as a whole.
   */
  launch?: (env: Record<string, string>) => ChildProcess;
}

/** Writes 5 ms apart, back-off of 5, 20, 45 ms: the same mechanisms, at test speed. */
export const TEST_TIMINGS = { ROADMAP_GATE_WRITE_SPACING_MS: "5", ROADMAP_GATE_RETRY_BASE_MS: "5" };

/** A started `probot run` process that may not be healthy (yet, or ever). */
export interface LaunchedApp {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Its ROADMAP_GATE_STATE_DIR (see AppProcess). */
  stateDir: string;
}

/**
 * Starts the real Probot server (`probot run`) in its own process, pointed at the fake GitHub as
 * GitHub Enterprise Server. It runs from an empty temporary directory, so no `.env` is loaded.
 */
export async function startApp(gh: FakeGitHub, options: AppOptions = {}): Promise<AppProcess> {
  const launched = await launchApp(gh, options);
  // A launched app starts npm first, from an unpacked image: give it longer.
  const ms = options.launch ? 90_000 : 30_000;
  await waitUntilHealthy(launched.url, launched.child, launched.output, ms);
  return {
    url: launched.url,
    output: launched.output,
    stop: () => stop(launched.child, options.launch !== undefined),
    stateDir: launched.stateDir,
    kill: () => kill(launched.child),
    pid: launched.child.pid,
  };
}

/** Spawns `probot run` as startApp does, without waiting for it to answer its health check. */
export async function launchApp(gh: FakeGitHub, options: AppOptions = {}): Promise<LaunchedApp> {
  const port = await freePort();
  const privateKey = appPrivateKey();
  const compiled = options.compiled ?? true;
  // What `npm start` runs: app/start.ts, Probot's `probot run` of app/index.ts.
  const args = compiled
    ? [join(ROOT, "lib/app/start.js")]
    : ["--import", TSX, join(ROOT, "app/start.ts")];
  const cwd = mkdtempSync(join(tmpdir(), "roadmap-gate-app-"));
  const stateDir = options.env?.ROADMAP_GATE_STATE_DIR ?? join(cwd, "state");
  const env: Record<string, string> = {
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
  };
  const child = options.launch
    ? options.launch(env)
    : spawn(process.execPath, args, {
        cwd,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited, stateDir };
}

let privateKeyPem: string | undefined;

/**
 * The App's private key: one per test process, as an App has one key for all its servers (the
 * fake GitHub checks a JWT's shape, not its signature), generated once instead of per start.
 */
function appPrivateKey(): string {
  privateKeyPem ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }).privateKey;
  return privateKeyPem;
}

async function waitUntilHealthy(
  url: string,
  child: ChildProcess,
  output: () => string,
  ms: number,
) {
  const deadline = Date.now() + ms;
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
  throw new Error(`the app did not become healthy within ${ms / 1000} s:\n${output()}`);
}

export function stop(child: ChildProcess, group = false): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  // A launched app is a chain (chroot, sh, npm, sh, node): signal its whole process group.
  const kill = (signal: NodeJS.Signals) => {
    if (!group || child.pid === undefined) return void child.kill(signal);
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group has ended already.
    }
  };
  return new Promise((done) => {
    child.once("exit", () => done());
    kill("SIGTERM");
    setTimeout(() => child.exitCode === null && kill("SIGKILL"), 5_000).unref();
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
