import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A real Prometheus (Debian's `prometheus` package) over a TSDB backfilled with
 * `promtool tsdb create-blocks-from openmetrics`, on 127.0.0.1 on a free port.
 */

/** One of Sloth's `slo:period_error_budget_remaining:ratio` series. */
export interface BudgetSeries {
  service: string;
  slo: string;
  /** The remaining ratio; "NaN" as Prometheus writes it. */
  value: number | "NaN";
  /** Extra labels, e.g. to make two series for one SLO. */
  labels?: Record<string, string>;
}

export interface LocalPrometheus {
  url: string;
  stop(): Promise<void>;
}

export const SLOTH_METRIC = "slo:period_error_budget_remaining:ratio";

/** Whether the real-Prometheus tests can run here (tests/support/prometheus-setup.ts says why not, once). */
export const prometheusInstalled: boolean = ["prometheus", "promtool"].every(
  (tool) => spawnSync(tool, ["--version"], { stdio: "ignore" }).status === 0,
);

export const SKIP_LINE =
  "Skipping the real-Prometheus tests: prometheus/promtool not found (apt-get install prometheus).";

/**
 * Samples every 30 s from 10 minutes ago to an hour ahead: an instant query at "now" always finds
 * one within Prometheus's 5-minute lookback, however long the test run takes (up to an hour).
 */
export function openMetrics(
  series: readonly BudgetSeries[],
  nowSeconds: number,
  more?: (nowSeconds: number) => string,
): string {
  const lines = [`# TYPE ${SLOTH_METRIC} gauge`];
  for (const s of series) {
    const labels = Object.entries({ sloth_service: s.service, sloth_slo: s.slo, ...s.labels })
      .map(
        ([k, v]) => `${k}="${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`,
      )
      .join(",");
    for (let step = -20; step <= 120; step++)
      lines.push(`${SLOTH_METRIC}{${labels}} ${s.value} ${nowSeconds + step * 30}`);
  }
  // Other families (the live checks' series) in the same file: one backfill, one server.
  if (more) lines.push(more(nowSeconds));
  lines.push("# EOF", "");
  return lines.join("\n");
}

export async function startPrometheus(
  series: readonly BudgetSeries[],
  more?: (nowSeconds: number) => string,
): Promise<LocalPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), "roadmap-gate-prometheus-"));
  const input = join(dir, "budgets.om");
  const data = join(dir, "data");
  const config = join(dir, "prometheus.yml");
  await writeFile(input, openMetrics(series, Math.floor(Date.now() / 1000), more));
  await writeFile(config, "global: {}\n");
  await run("promtool", ["tsdb", "create-blocks-from", "openmetrics", input, data]);
  const port = await freePort();
  const child = spawn(
    "prometheus",
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await halt(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await ready(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(" ")} exited ${code}: ${err}`)),
    );
  });
}

/** A port nothing listens on right now: bound by the OS, then freed. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Polls /-/ready until Prometheus has loaded the TSDB (it answers 503 before). */
async function ready(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`prometheus exited ${child.exitCode} before it was ready: ${log()}`);
    try {
      const response = await fetch(`${url}/-/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`prometheus at ${url} was not ready within 30 s: ${log()}`);
}

function halt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });
}

/**
 * An HTTP proxy on 127.0.0.1 in front of `target` that records each request's Authorization
 * header (Prometheus itself has no Bearer-token check to prove the token is sent), and that can
 * be told to fall silent.
 */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const authorizations: (string | undefined)[] = [];
  const queries: string[] = [];
  const proxy = { silent: false };
  const server = createHttpServer((request, response) => {
    authorizations.push(request.headers.authorization);
    queries.push(new URL(request.url ?? "/", target).searchParams.get("query") ?? "");
    if (proxy.silent) return;
    fetch(new URL(request.url ?? "/", target))
      .then(async (answer) => {
        response.writeHead(answer.status, { "content-type": "application/json" });
        response.end(await answer.text());
      })
      .catch(() => response.destroy());
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${port}`,
    authorizations,
    queries,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  });
}

export interface RecordingProxy {
  url: string;
  /** Each request's Authorization header, in order. */
  authorizations: (string | undefined)[];
  /** Each request's `query` parameter (the PromQL asked), in order. */
  queries: string[];
  /** true: take requests and never answer, like a Prometheus that hangs. */
  silent: boolean;
  stop(): Promise<void>;
}
