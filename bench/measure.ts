import { spawn } from "node:child_process";
import { existsSync, openSync, closeSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

export interface Run {
  wallMs: number;
  /** Peak resident set of the process (all its threads), in MiB; undefined when not measurable. */
  peakRssMiB?: number;
  exitCode: number | null;
  /** User + system CPU time in ms (with /usr/bin/time): steadier than wall time on a busy machine. */
  cpuMs?: number;
}

const TIME = "/usr/bin/time";
const hasTime = existsSync(TIME);

/**
 * Runs a command once, stdout and stderr to files under `logDir`, and measures its wall time and
 * peak RSS: with /usr/bin/time when present, else through bench/child/report-rss.mjs, which a
 * node command loads to report its own `process.resourceUsage().maxRSS` on exit.
 */
export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; logDir: string; name: string },
): Promise<Run> {
  const rssFile = join(options.logDir, `${options.name}.rss`);
  rmSync(rssFile, { force: true });
  const [cmd, argv] = hasTime
    ? [TIME, ["-f", "%U %S\n%M", "-o", rssFile, command, ...args]]
    : [command, command === process.execPath ? withRssReport(args) : [...args]];
  const out = openSync(join(options.logDir, `${options.name}.out`), "w");
  const err = openSync(join(options.logDir, `${options.name}.err`), "w");
  const started = performance.now();
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(cmd, argv, {
      cwd: options.cwd,
      stdio: ["ignore", out, err],
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  closeSync(out);
  closeSync(err);
  return { wallMs, peakRssMiB: readRss(rssFile), exitCode, cpuMs: readCpu(rssFile) };
}

function withRssReport(args: readonly string[]): string[] {
  return ["--import", new URL("./child/report-rss.mjs", import.meta.url).href, ...args];
}

/** /usr/bin/time -f %M and report-rss.mjs both write kibibytes. */
function readRss(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, "utf8").trim().split("\n");
  const kib = Number(lines[lines.length - 1]);
  return Number.isFinite(kib) && kib > 0 ? kib / 1024 : undefined;
}

/** /usr/bin/time's "%U %S" line (seconds), the one before the last. */
function readCpu(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, "utf8").trim().split("\n");
  const [user, system] = (lines[lines.length - 2] ?? "").split(" ").map(Number);
  return user !== undefined && system !== undefined && Number.isFinite(user + system)
    ? (user + system) * 1000
    : undefined;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function max(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? Math.max(...known) : undefined;
}
