// The GitHub Action's cold start: the built dist/index.js run with `node` as the runner runs it
// (INPUT_* from action.yml's defaults, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// GITHUB_API_URL at the fake GitHub on loopback), on repositories of 0, 100 and 1,000 valid items:
// a push to the default branch (the workspace is judged; no API call is needed) and a pull request
// that changes 10 items (policy from the base and item files through the API, sign-offs verified
// against reviews). Runs alternate between sizes and events; wall time is the median.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import type { FakeGitHub } from "../../tests/support/fake-github/index.js";
import {
  pullRequestEvent,
  pushEvent,
  type ActionEvent,
} from "../../tests/action/support/payloads.js";
import type { Run } from "../measure.js";
import { max, median } from "../measure.js";
import type { BenchContext, Section, Table } from "../section.js";
import { startBenchFake } from "../support/fake.js";
import { approvedPullRequest, POLICY, POLICY_PATH, revised, validItems } from "../support/items.js";
import { runNode } from "../support/run-node.js";
import { cell, range } from "../support/stats.js";

const SIZES = { full: [0, 100, 1000], smoke: [0, 10] };
/** Item files the pull request changes (adds them when the repository has fewer). */
const CHANGED = 10;
const TOKEN = "ghs_benchActionToken0123456789abcdef";

type Scenario = "push" | "pull_request" | "floor";
const LABELS: Record<Scenario, string> = {
  push: "push (workspace)",
  pull_request: `pull_request, ${CHANGED} items changed (API)`,
  floor: "floor: node, empty script",
};

interface Prepared {
  size: number;
  scenario: Scenario;
  dir: string;
  workspace: string;
  event?: ActionEvent;
}

interface Measured {
  scenario: Scenario;
  label: string;
  size: number;
  runs: (Run & { requests: number; result?: string; items?: string })[];
  medianMs: number;
  peakRssMiB?: number;
  /** The API requests of the first measured run, as "METHOD route ×n". */
  requestShape: string[];
}

const section: Section = {
  name: "action",
  async run(context) {
    const root = context.root;
    const dist = join(root, "dist", "index.js");
    if (!existsSync(dist))
      return {
        title: "Action cold start",
        tables: [],
        notes: ["dist/index.js is not built (npm run build:action): nothing measured."],
        data: [],
      };
    const sizes = context.smoke ? SIZES.smoke : SIZES.full;
    const base = join(context.outDir, "action");
    const logDir = join(context.outDir, "logs");
    rmSync(base, { recursive: true, force: true });
    mkdirSync(logDir, { recursive: true });
    const inputs = defaultInputs(join(root, "action.yml"));
    const fake = await startBenchFake();
    const gh = fake.gh;
    try {
      const prepared: Prepared[] = [];
      for (const size of sizes) prepared.push(...prepare(gh, base, size));
      const floorDir = join(base, "floor");
      mkdirSync(floorDir, { recursive: true });
      writeFileSync(join(floorDir, "empty.mjs"), "");
      prepared.push({ size: 0, scenario: "floor", dir: floorDir, workspace: floorDir });

      const runs = new Map<Prepared, Measured["runs"]>(prepared.map((p) => [p, []]));
      const shapes = new Map<Prepared, string[]>();
      const once = async (p: Prepared, tag: string) => {
        const name = `action-${p.scenario}-${p.size}-${tag}`;
        if (p.scenario === "floor")
          return {
            ...(await runNode({
              script: join(p.dir, "empty.mjs"),
              env: { PATH: process.env.PATH ?? "" },
              cwd: p.dir,
              logDir,
              name,
            })),
            requests: 0,
          };
        const files = runnerFiles(p.dir);
        const seen = gh.requests.length;
        const run = await runNode({
          script: dist,
          env: runnerEnv(gh, p, files, inputs),
          cwd: p.workspace,
          logDir,
          name,
        });
        const requests = gh.requests.slice(seen);
        if (!shapes.has(p) && tag !== "warmup") shapes.set(p, shape(requests));
        const outputs = parseOutputs(readFileSync(files.output, "utf8"));
        return { ...run, requests: requests.length, result: outputs.result, items: outputs.items };
      };
      if (!context.smoke) for (const p of prepared) await once(p, "warmup");
      for (let rep = 0; rep < context.reps; rep++) {
        // Rotate the order each repetition: no size or event always runs right after another.
        const order = prepared.map((_, i) => prepared[(i + rep) % prepared.length]!);
        for (const p of order) runs.get(p)!.push(await once(p, String(rep)));
      }
      const measured: Measured[] = prepared.map((p) => {
        const r = runs.get(p)!;
        return {
          scenario: p.scenario,
          label: LABELS[p.scenario],
          size: p.size,
          runs: r,
          medianMs: median(r.map((x) => x.wallMs)),
          peakRssMiB: max(r.map((x) => x.peakRssMiB)),
          requestShape: shapes.get(p) ?? [],
        };
      });
      return {
        title: `Action cold start: node dist/index.js as the runner runs it; wall time (median of ${context.reps}), peak RSS, API requests per run`,
        tables: [table(measured)],
        notes: notes(context, measured, gh),
        data: measured.map(({ runs: r, ...rest }) => ({
          ...rest,
          wallMs: r.map((x) => Math.round(x.wallMs)),
          exitCodes: r.map((x) => x.exitCode),
          apiRequests: r.map((x) => x.requests),
          results: r.map((x) => x.result ?? null),
        })),
      };
    } finally {
      await fake.close();
    }
  },
};

/** A repository of `size` items on the fake and two checkouts of it: main, and the PR's head. */
function prepare(gh: FakeGitHub, base: string, size: number): Prepared[] {
  const repo = gh.addRepo(`octo/roadmap-${size}`);
  const all = validItems(size + (size < CHANGED ? CHANGED : 0));
  const items = all.slice(0, size);
  const baseFiles: Record<string, string> = { [POLICY_PATH]: POLICY, "README.md": "# roadmap\n" };
  for (const item of items) baseFiles[item.path] = item.content;
  const before = repo.commit({ "README.md": "# roadmap\n" }, { message: "Start" });
  const baseSha = repo.commit(baseFiles, { message: "Roadmap" });
  const changes: Record<string, string> = {};
  if (size >= CHANGED)
    for (const item of items.slice(0, CHANGED)) changes[item.path] = revised(item, 1);
  else for (const item of all.slice(size)) changes[item.path] = item.content;
  const pull = approvedPullRequest(repo, baseSha, changes);

  const push = join(base, `size-${size}`, "push");
  const pr = join(base, `size-${size}`, "pull_request");
  writeTree(join(push, "workspace"), baseFiles);
  writeTree(join(pr, "workspace"), { ...baseFiles, ...changes });
  const events: [Scenario, string, ActionEvent][] = [
    ["push", push, pushEvent(repo, { before, after: baseSha })],
    ["pull_request", pr, pullRequestEvent(repo, pull)],
  ];
  return events.map(([scenario, dir, event]) => {
    writeFileSync(join(dir, "event.json"), JSON.stringify(event.payload));
    return { size, scenario, dir, workspace: join(dir, "workspace"), event };
  });
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** Fresh output, summary and temp files for one run, as the runner makes them per step. */
function runnerFiles(dir: string) {
  const files = {
    output: join(dir, "output"),
    summary: join(dir, "summary.md"),
    temp: join(dir, "runner-temp"),
  };
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  rmSync(files.temp, { recursive: true, force: true });
  mkdirSync(files.temp);
  return files;
}

function runnerEnv(
  gh: FakeGitHub,
  p: Prepared,
  files: ReturnType<typeof runnerFiles>,
  inputs: Record<string, string>,
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: p.event!.name,
    GITHUB_EVENT_PATH: join(p.dir, "event.json"),
    GITHUB_WORKSPACE: p.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: `octo/roadmap-${p.size}`,
    GITHUB_API_URL: gh.url,
    RUNNER_TEMP: files.temp,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [
        `INPUT_${name.replace(/ /g, "_").toUpperCase()}`,
        value,
      ]),
    ),
  };
}

/** action.yml's input defaults, as the runner passes them; the token is the bench's. */
function defaultInputs(file: string): Record<string, string> {
  const metadata = parse(readFileSync(file, "utf8")) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(metadata.inputs).map(([name, input]) => [
      name,
      name === "token" ? TOKEN : (input.default ?? ""),
    ]),
  );
}

/** `name<<DELIMITER\nvalue\nDELIMITER` entries of $GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1]!] = match[3]!;
  return outputs;
}

function shape(requests: readonly { method: string; route?: string; path: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const key = `${r.method} ${r.route ?? r.path}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key} ×${n}`);
}

function table(measured: readonly Measured[]): Table {
  return {
    columns: [
      "event",
      "items",
      "median ms",
      "min–max ms",
      "peak RSS MiB",
      "API requests",
      "result",
      "exit",
    ],
    rows: measured.map((m) => {
      const ms = m.runs.map((r) => r.wallMs);
      return [
        m.label,
        m.scenario === "floor" ? "–" : m.size,
        cell(m.medianMs),
        `${cell(Math.min(...ms))}–${cell(Math.max(...ms))}`,
        cell(m.peakRssMiB),
        m.scenario === "floor" ? "–" : range(m.runs.map((r) => r.requests)),
        [...new Set(m.runs.map((r) => r.result ?? "–"))].join(","),
        [...new Set(m.runs.map((r) => r.exitCode))].join(","),
      ];
    }),
  };
}

function notes(context: BenchContext, measured: readonly Measured[], gh: FakeGitHub): string[] {
  const list: string[] = [];
  for (const m of measured) {
    if (m.scenario === "floor") continue;
    if (m.runs.some((r) => r.exitCode !== 0 || r.result !== "pass"))
      list.push(
        `${m.label} at ${m.size} items: exit ${m.runs.map((r) => r.exitCode).join(",")}, result ${m.runs.map((r) => r.result ?? "none").join(",")} (pass and 0 expected: every item is valid; see bench/out/logs/action-*).`,
      );
  }
  const pr = measured.filter((m) => m.scenario === "pull_request");
  for (const m of pr)
    list.push(
      `API requests, pull_request at ${m.size} items: ${m.requestShape.join(", ") || "none"}.`,
    );
  if (gh.unhandled.length > 0)
    list.push(
      `The fake GitHub answered 404 to ${gh.unhandled.length} request(s) it has no route for: ${[...new Set(gh.unhandled.map((r) => `${r.method} ${r.path}`))].slice(0, 5).join("; ")}.`,
    );
  list.push(
    `Pull request: the repository holds N items; the PR changes ${CHANGED} of them (adds ${CHANGED} when N < ${CHANGED}), every listed reviewer approved its head. Push: changed-only is false, so the whole workspace is judged.`,
  );
  if (context.smoke) list.push("Smoke run: tiny sizes, one repetition, no warm-up.");
  return list;
}

export default section;
