import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** The `build:action` script from package.json, writing to `out` instead of dist/. */
async function buildCommand(out: string): Promise<string[]> {
  const scripts = (
    JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const command = scripts["build:action"]?.split(/\s+/) ?? [];
  const at = command.indexOf("-o");
  if (command[0] !== "ncc" || at < 0)
    throw new Error("build:action is not `ncc build … -o dist …`");
  command[at + 1] = out;
  return command.slice(1);
}

describe("dist/", () => {
  it("is the bundle that build:action makes from the sources (run `npm run build:action`)", async () => {
    const out = await mkdtemp(join(tmpdir(), "roadmap-gate-dist-"));
    try {
      const ncc = join(ROOT, "node_modules/@vercel/ncc/dist/ncc/cli.js");
      await promisify(execFile)(process.execPath, [ncc, ...(await buildCommand(out))], {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      });
      const fresh = await readFile(join(out, "index.js"), "utf8");
      const committed = await readFile(join(ROOT, "dist/index.js"), "utf8");
      // Not toBe: a 2 MB diff would drown the message.
      expect(
        fresh === committed,
        "dist/index.js is stale: run `npm run build:action` and commit dist/",
      ).toBe(true);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);
});
