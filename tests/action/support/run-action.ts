import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Log } from "sarif";
import { parse } from "yaml";
import type { FakeGitHub, LoggedRequest } from "../../support/fake-github/index.js";
import type { ActionEvent } from "./payloads.js";

const DIST = resolve(import.meta.dirname, "../../../dist/index.js");
const ACTION_YML = resolve(import.meta.dirname, "../../../action.yml");
export const TOKEN = "ghs_actionTestToken0123456789abcdef";
const COMPILE_CACHE = join(tmpdir(), "roadmap-gate-action-compile-cache");

export interface RunOptions {
  gh: FakeGitHub;
  repo: string;
  event: ActionEvent;
  /** Inputs by their action.yml names; unset ones get action.yml's defaults. */
  inputs?: Record<string, string>;
  /** GITHUB_API_URL; default the fake's root (github.com's shape), `${gh.url}/api/v3` for GHES. */
  apiUrl?: string;
  /** The checked-out workspace: path → content, or `{ symlink: target }`. */
  workspace?: Record<string, string | { symlink: string }>;
  /** More environment, e.g. ROADMAP_GATE_RETRY_BASE_MS. */
  env?: Record<string, string>;
}

/** A workflow command the Action printed, e.g. `::error file=a.yaml,line=3,col=1,title=x::msg`. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
  sarif?: Log;
  /** The requests the fake GitHub received during this run. */
  requests: LoggedRequest[];
}

/** action.yml's input defaults, as the runner passes them; the token default is the test's token. */
async function defaultInputs(): Promise<Record<string, string>> {
  const metadata = parse(await readFile(ACTION_YML, "utf8")) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(metadata.inputs).map(([name, input]) => [
      name,
      name === "token" ? TOKEN : (input.default ?? ""),
    ]),
  );
}

/** Runs the built dist/index.js with `node`, as the runner does: inputs and files through the environment. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), "roadmap-gate-action-"));
  try {
    const workspace = join(dir, "workspace");
    const temp = join(dir, "runner-temp");
    await mkdir(workspace);
    await mkdir(temp);
    for (const [path, content] of Object.entries(options.workspace ?? {})) {
      const file = join(workspace, path);
      await mkdir(dirname(file), { recursive: true });
      if (typeof content === "string") await writeFile(file, content);
      else await symlink(content.symlink, file);
    }
    const files = {
      event: join(dir, "event.json"),
      output: join(dir, "output"),
      summary: join(dir, "summary.md"),
    };
    await writeFile(files.event, JSON.stringify(options.event.payload));
    await writeFile(files.output, "");
    await writeFile(files.summary, "");
    const inputs = { ...(await defaultInputs()), ...options.inputs };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: options.event.name,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_REPOSITORY: options.repo,
      GITHUB_API_URL: options.apiUrl ?? options.gh.url,
      RUNNER_TEMP: temp,
      // Retries after 5 and 20 ms instead of 1 and 4 s: the same mechanism at test speed.
      ROADMAP_GATE_RETRY_BASE_MS: "5",
      // V8's compiled code of the 3.8 MB bundle kept between runs (Node checks it against the
      // file's content): a fifth of each run's CPU, in the main thread and the evaluation thread.
      NODE_COMPILE_CACHE: COMPILE_CACHE,
      ...options.env,
      ...Object.fromEntries(
        Object.entries(inputs).map(([name, value]) => [
          `INPUT_${name.replace(/ /g, "_").toUpperCase()}`,
          value,
        ]),
      ),
    };
    const seen = options.gh.requests.length;
    const { exitCode, stdout, stderr } = await spawnNode(DIST, env, workspace);
    const outputs = parseOutputs(await readFile(files.output, "utf8"));
    const sarifText = outputs["sarif-file"]
      ? await readFile(outputs["sarif-file"], "utf8").catch(() => undefined)
      : undefined;
    return {
      exitCode,
      stdout,
      stderr,
      commands: parseCommands(stdout),
      outputs,
      summary: await readFile(files.summary, "utf8"),
      sarif: sarifText === undefined ? undefined : (JSON.parse(sarifText) as Log),
      requests: options.gh.requests.slice(seen),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Asynchronous on purpose: the fake GitHub answers from this same process. */
function spawnNode(script: string, env: Record<string, string>, cwd: string) {
  return new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(process.execPath, [script], { env, cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", fail);
    child.on("close", (exitCode) => done({ exitCode, stdout, stderr }));
  });
}

/** `name<<DELIMITER\nvalue\nDELIMITER` entries of $GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const entry = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(entry)) outputs[match[1]!] = match[3]!;
  return outputs;
}

function parseCommands(stdout: string): WorkflowCommand[] {
  return stdout.split(/\r?\n/).flatMap((line) => {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) return [];
    const properties = Object.fromEntries(
      (match[2] ?? "")
        .split(",")
        .filter(Boolean)
        .map((pair) => {
          const at = pair.indexOf("=");
          return [pair.slice(0, at), unescape(pair.slice(at + 1))];
        }),
    );
    return [{ command: match[1]!, properties, message: unescape(match[3]!) }];
  });
}

/** The toolkit's escaping undone: %25 %0D %0A %3A %2C. */
function unescape(s: string): string {
  return s
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}

/** Annotations of one level (error, warning, notice). */
export function annotations(run: ActionRun, level: "error" | "warning" | "notice") {
  return run.commands.filter((c) => c.command === level);
}

/** Requests that could change something on GitHub (GraphQL queries are reads). */
export function writes(run: ActionRun): LoggedRequest[] {
  return run.requests.filter((r) => r.method !== "GET" && r.path !== "/graphql");
}
