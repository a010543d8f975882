// Runs a node script once with an exact environment (nothing inherited but PATH), as a runner or
// a server would, and measures its wall time and peak RSS. bench/measure.ts does the same for
// commands that inherit the bench's environment; the Action must not see the bench's GITHUB_*.
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Run } from "../measure.js";

const TIME = "/usr/bin/time";
const REPORT_RSS = new URL("../child/report-rss.mjs", import.meta.url).href;

export interface NodeRunOptions {
  script: string;
  env: Record<string, string>;
  cwd: string;
  logDir: string;
  /** Log files: <logDir>/<name>.{out,err,rss}. */
  name: string;
}

/**
 * Asynchronous on purpose: the fake GitHub the script talks to answers from this process.
 * Peak RSS comes from `/usr/bin/time -f %M` when present, else from bench/child/report-rss.mjs
 * loaded into the script's process (its own `process.resourceUsage().maxRSS`).
 */
export async function runNode(options: NodeRunOptions): Promise<Run> {
  const rssFile = join(options.logDir, `${options.name}.rss`);
  rmSync(rssFile, { force: true });
  const node = process.execPath;
  const [command, args] = existsSync(TIME)
    ? [TIME, ["-f", "%M", "-o", rssFile, node, options.script]]
    : [node, ["--import", REPORT_RSS, options.script]];
  const out = openSync(join(options.logDir, `${options.name}.out`), "w");
  const err = openSync(join(options.logDir, `${options.name}.err`), "w");
  const started = performance.now();
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        stdio: ["ignore", out, err],
        env: { ...options.env, BENCH_RSS_FILE: rssFile },
      });
      child.on("error", reject);
      child.on("exit", (code) => resolve(code));
    });
    return { wallMs: performance.now() - started, peakRssMiB: readRss(rssFile), exitCode };
  } finally {
    closeSync(out);
    closeSync(err);
  }
}

/** Both /usr/bin/time -f %M and report-rss.mjs write kibibytes (time may add a status line first). */
function readRss(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, "utf8").trim().split("\n");
  const kib = Number(lines[lines.length - 1]);
  return Number.isFinite(kib) && kib > 0 ? kib / 1024 : undefined;
}
