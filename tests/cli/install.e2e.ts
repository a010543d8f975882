import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO, type CliRun } from "./cli-harness.js";

// The first install, as the docs lead with it: the package from a git URL and from `npm pack`'s
// tarball, into an empty git repository, then `init` and `validate` there. The CLI is one
// committed bundle (bin/): it installs alone, without the App's dependencies (app/package.json).
// This installs the last commit (a clone), as npm and pre-commit do, not the work tree. From git,
// npm first runs `npm install` in its clone (the package has build scripts and workspaces), which
// takes a minute; what lands in the project is still the one package.

function run(command: string, args: string[], cwd: string): Promise<CliRun> {
  return new Promise((done) => {
    const env = {
      ...process.env,
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_update_notifier: "false",
    };
    execFile(command, args, { cwd, env, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

async function emptyRepository(parent: string, name: string): Promise<string> {
  const dir = join(parent, name);
  await mkdir(dir);
  expect((await run("git", ["init", "-q"], dir)).code).toBe(0);
  return dir;
}

/** Bytes under `dir`, every file counted. */
async function size(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

/** Installs `spec` into a new empty repository, then runs init and validate there. */
async function installAndUse(parent: string, name: string, spec: string) {
  const project = await emptyRepository(parent, name);
  const install = await run("npm", ["install", "--save-dev", spec], project);
  expect(install.code, install.stderr).toBe(0);
  expect(install.stderr).not.toMatch(/EBADENGINE/);
  const bin = join(project, "node_modules/.bin/roadmap-gate");
  const init = await run(bin, ["init"], project);
  expect(init.stdout).toContain("Created .github/roadmap-gate.yml\n");
  expect(init.code).toBe(0);
  const validate = await run(bin, ["validate"], project);
  expect(validate.stdout).toContain("0 errors, 0 warnings in 1 item");
  expect(validate.code).toBe(0);
  const installed = (await readdir(join(project, "node_modules"))).filter(
    (e) => !e.startsWith("."),
  );
  return { installed, bytes: await size(join(project, "node_modules/roadmap-gate")) };
}

const h = {} as { tmp: string; clone: string };

beforeAll(async () => {
  h.tmp = await mkdtemp(join(tmpdir(), "roadmap-gate-install-"));
  h.clone = join(h.tmp, "roadmap-gate");
  expect((await run("git", ["clone", "-q", REPO, h.clone], h.tmp)).code).toBe(0);
}, 60_000);

describe("installing the CLI into an empty repository", () => {
  it("from a git URL: init and validate work, and it brings no other package", async () => {
    const { installed, bytes } = await installAndUse(h.tmp, "from-git", `git+file://${h.clone}`);
    expect(installed).toEqual(["roadmap-gate"]);
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
  }, 120_000);

  it("from npm pack's tarball: init and validate work, and it brings no other package", async () => {
    const pack = await run("npm", ["pack", "--silent"], h.clone);
    expect(pack.code, pack.stderr).toBe(0);
    const tarball = join(h.clone, pack.stdout.trim().split("\n").at(-1)!);
    const { installed, bytes } = await installAndUse(h.tmp, "from-tarball", tarball);
    expect(installed).toEqual(["roadmap-gate"]);
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
  }, 120_000);
});
