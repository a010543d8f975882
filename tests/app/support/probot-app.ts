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

/** A started `probot run` process that may not be healthy (yet, or ever). */
export interface LaunchedApp {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/**
 * Starts the real Probot server (`probot run`) in its own process, pointed at the fake GitHub as
 * GitHub Enterprise Server. It runs from an empty temporary directory, so no `.env` is loaded.
 */
export async function startApp(gh: FakeGitHub, options: AppOptions = {}): Promise<RunningApp> {
  const launched = await launchApp(gh, options);
  await waitUntilHealthy(launched.url, launched.child, launched.output);
  return {
    url: launched.url,
    output: launched.output,
    stop: () => stop(launched.child),
  };
}

/** Spawns `probot run` as startApp does, without waiting for it to answer its health check. */
export async function launchApp(gh: FakeGitHub, options: AppOptions = {}): Promise<LaunchedApp> {
  const port = await freePort();
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const compiled = options.compiled ?? true;
  const entry = compiled ? join(ROOT, "lib/app/index.js") : join(ROOT, "app/index.ts");
  const args = compiled ? [PROBOT, "run", entry] : ["--import", TSX, PROBOT, "run", entry];
  const child = spawn(process.execPath, args, {
    cwd: mkdtempSync(join(tmpdir(), "roadmap-gate-app-")),
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
      ...(options.githubTimings ? {} : TEST_TIMINGS),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
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

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once("exit", () => done());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
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
