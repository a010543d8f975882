import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, realpath, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIo } from "../../cli/cli-io.js";
import { main } from "../../cli/main.js";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = join(REPO, "bin/roadmap-gate.js");
export const TODAY = "2026-11-25";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function fixture(name: string): string {
  return join(REPO, "tests/cli/fixtures", name);
}

/** The CLI in this process, from its TypeScript source, with stdout and stderr captured. */
export async function runMain(
  argv: string[],
  cwd: string,
  now = new Date(`${TODAY}T12:00:00Z`),
  io: Pick<CliIo, "env" | "prometheusTimeoutMs" | "prometheusTotalMs"> = {},
) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    cwd,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    now: () => now,
    ...io,
  });
  return { code, stdout, stderr } satisfies CliRun;
}

/** Node's flags in the bin's `#!/usr/bin/env -S node …` line, which the system passes on. */
export const SHEBANG_FLAGS = readFileSync(BIN, "utf8").split("\n", 1)[0]!.split(/\s+/).slice(3);

/** The real bin, as a user runs it (needs `npm run build`), with its shebang's flags. */
export function spawnCli(
  argv: string[],
  cwd: string,
  options: { nodeArgs?: string[]; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [...SHEBANG_FLAGS, ...(options.nodeArgs ?? []), BIN, ...argv],
      {
        cwd,
        env: { ...process.env, ...options.env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * A throwaway repository (a `.git` folder marks its root) with the given files, inside a parent
 * folder that tests may use as "outside the repository". Returns both paths, resolved.
 */
export async function tempRepo(
  files: Record<string, string | Uint8Array>,
): Promise<{ repo: string; outside: string }> {
  const parent = await realpath(await mkdtemp(join(tmpdir(), "roadmap-gate-cli-")));
  const repo = join(parent, "repo");
  const outside = join(parent, "outside");
  await mkdir(join(repo, ".git"), { recursive: true });
  await mkdir(outside, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(repo, path)), { recursive: true });
    await writeFile(join(repo, path), content);
  }
  return { repo, outside };
}

/** A minimal item that is well-formed and not gated. */
export function proposedItem(id: string, title = "An item"): string {
  return `apiVersion: roadmap-gate/v1\nid: ${id}\ntitle: ${title}\nowner: "@lee"\nstatus: proposed\n`;
}
