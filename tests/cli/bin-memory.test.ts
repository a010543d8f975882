import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, spawnCli, tempRepo, TODAY } from "./cli-harness.js";

// Runs the built bin (bin.test.ts builds lib/ when it is stale; `npm run build` before this file
// alone). The child reports its own peak RSS through bench/child/report-rss.mjs.
const REPORT_RSS = join(REPO, "bench/child/report-rss.mjs");
const LIMIT_KIB = 300 * 1024;
const MAX_BYTES = 1024 * 1024 - 64;

/** `head`, then `entry(i)` for i = 0, 1, … while the file stays within 1 MiB, then `tail`. */
function fill(
  head: string,
  entry: (i: number) => string,
  tail = "",
): { text: string; count: number } {
  const parts = [head];
  let size = head.length + tail.length;
  let count = 0;
  for (;;) {
    const next = entry(count);
    if (size + next.length > MAX_BYTES) break;
    parts.push(next);
    size += next.length;
    count++;
  }
  parts.push(tail);
  return { text: parts.join(""), count };
}

const HEAD = 'apiVersion: roadmap-gate/v1\nid: FEAT-1\ntitle: t\nowner: "@lee"\nstatus: proposed\n';

/** Judges `file` with the bin, text output to a file; returns the output and the child's peak RSS. */
async function judge(file: string, text: string, format: string) {
  const { repo } = await tempRepo({ [file]: text });
  const rssFile = join(repo, "peak.rss");
  const run = await spawnCli(
    ["validate", file, "--today", TODAY, "--format", format, "--output", "out.txt"],
    repo,
    { nodeArgs: ["--import", REPORT_RSS], env: { BENCH_RSS_FILE: rssFile } },
  );
  expect(run.code).toBe(1);
  const output = await readFile(join(repo, "out.txt"), "utf8");
  return { output, peakKiB: Number(await readFile(rssFile, "utf8")) };
}

describe("peak memory of one 1 MiB file (the built bin)", () => {
  it("stays under 300 MiB for 1 MiB of unknown keys (110,000 findings), text out", async () => {
    const { text, count } = fill(HEAD, (i) => `k${i.toString(36)}: 1\n`);
    const { output, peakKiB } = await judge("roadmap/a.yaml", text, "text");
    const lines = output.split("\n");
    expect(lines.filter((l) => l.endsWith("[unknown-key]"))).toHaveLength(count);
    expect(lines[0]).toMatch(/^roadmap\/a\.yaml:6:1 {2}error {4}Unknown key `k0` in FEAT-1/);
    expect(output).toContain(
      `roadmap/a.yaml:${5 + count}:1  error    Unknown key \`k${(count - 1).toString(36)}\``,
    );
    expect(peakKiB).toBeLessThan(LIMIT_KIB);
  }, 120_000);

  it("stays under 300 MiB for 1 MiB of JSON with unknown keys, SARIF out", async () => {
    const head = JSON.stringify({
      apiVersion: "roadmap-gate/v1",
      id: "FEAT-1",
      title: "t",
      owner: "@lee",
      status: "proposed",
    }).slice(0, -1);
    const { text, count } = fill(head, (i) => `,"k${i.toString(36)}":1`, "}\n");
    const { output, peakKiB } = await judge("roadmap/a.json", text, "sarif");
    const results = (output.match(/"ruleId": "unknown-key"/g) ?? []).length;
    expect(results).toBe(count);
    const lastColumn = text.lastIndexOf(`"k${(count - 1).toString(36)}"`) + 1;
    expect(output).toContain(`"startLine": 1,\n                  "startColumn": ${lastColumn}\n`);
    expect(peakKiB).toBeLessThan(LIMIT_KIB);
  }, 120_000);

  it("stays under 300 MiB for 1 MiB of slices in flow style (16,000 findings), JSON out", async () => {
    const { text, count } = fill(
      `${HEAD}slices:\n`,
      (i) => `  - {id: s${i}, value: v, acceptance: t, depends_on: [x${i}]}\n`,
    );
    const { output, peakKiB } = await judge("roadmap/a.yaml", text, "json");
    const results = (output.match(/"ruleId": "slice-dependency-unknown"/g) ?? []).length;
    expect(results).toBe(count);
    expect(peakKiB).toBeLessThan(LIMIT_KIB);
  }, 120_000);

  it("stays under 300 MiB for 1 MiB of badly named metrics (200,000 findings), GitHub out", async () => {
    const { text, count } = fill(`${HEAD}metrics:\n`, (i) => `  M${i.toString(36)}: 1\n`);
    const { output, peakKiB } = await judge("roadmap/a.yaml", text, "github");
    const lines = output.split("\n");
    expect(lines.filter((l) => l.includes("title=key-format::"))).toHaveLength(count);
    expect(lines.filter((l) => l.includes("title=wrong-type::"))).toHaveLength(count);
    expect(output).toContain(`file=roadmap/a.yaml,line=${6 + count},col=3,title=key-format::`);
    expect(peakKiB).toBeLessThan(LIMIT_KIB);
  }, 120_000);

  it("stays under 300 MiB for 1 MiB of bad handles in a flow list over lines, text out", async () => {
    const { text, count } = fill(
      `${HEAD}team:\n  domain_experts: [`,
      (i) => `h${i.toString(36)},${i % 10 === 9 ? "\n   " : ""}`,
      "z]\n",
    );
    const { output, peakKiB } = await judge("roadmap/a.yaml", text, "text");
    const lines = output.split("\n");
    expect(lines.filter((l) => l.endsWith("[handle-format]"))).toHaveLength(count + 1);
    // The 11th handle starts the second line of the list, after three spaces.
    expect(lines[20]).toMatch(
      /^roadmap\/a\.yaml:8:4 {2}error {4}.*"ha" is not a GitHub handle.*\[handle-format\]$/,
    );
    expect(peakKiB).toBeLessThan(LIMIT_KIB);
  }, 120_000);
});
