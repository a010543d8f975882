import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// scripts/release.mjs, as .github/workflows/release.yml runs it: in a clone whose origin is a bare
// repository, so that the tags it pushes are read back from origin.
const ROOT = resolve(import.meta.dirname, "../..");
const SCRIPT = join(ROOT, "scripts/release.mjs");

interface Run {
  code: number;
  out: string;
}

/** Who commits and tags, for git and the script alike (no `git config` process per checkout). */
const IDENTITY = {
  GIT_AUTHOR_NAME: "ci",
  GIT_AUTHOR_EMAIL: "ci@example.com",
  GIT_COMMITTER_NAME: "ci",
  GIT_COMMITTER_EMAIL: "ci@example.com",
};

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return new Promise<Run>((done) => {
    const options = { cwd, env: { ...process.env, ...IDENTITY, ...env } };
    execFile(command, args, options, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? -1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

const git = async (cwd: string, ...args: string[]) => (await run("git", args, cwd)).out.trim();

const changelog = (version: string) =>
  `# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2026-12-07\n\n### Fixed\n\n- Something.\n\n## [0.9.0] - 2026-11-01\n\n- Older.\n`;

/** A checkout at `version` whose origin is a fresh bare repository. */
async function checkout(version: string) {
  const tmp = await mkdtemp(join(tmpdir(), "roadmap-gate-release-"));
  const origin = join(tmp, "origin.git");
  const work = join(tmp, "work");
  await run("git", ["init", "-q", "--bare", origin], tmp);
  await run("git", ["clone", "-q", origin, work], tmp);
  await commitVersion(work, version);
  await git(work, "push", "-q", "origin", "HEAD:main");
  return { work, origin, tmp };
}

async function commitVersion(work: string, version: string, notes = changelog(version)) {
  await mkdir(join(work, "app"), { recursive: true });
  await writeFile(join(work, "package.json"), JSON.stringify({ name: "roadmap-gate", version }));
  await writeFile(join(work, "app/package.json"), JSON.stringify({ version }));
  await writeFile(join(work, "CHANGELOG.md"), notes);
  await git(work, "add", ".");
  await git(work, "commit", "-qm", `Release ${version}`);
}

const tagsAt = async (repo: string) =>
  (await git(repo, "for-each-ref", "--format=%(refname:short) %(*objectname)", "refs/tags"))
    .split("\n")
    .filter(Boolean);

// Each test has a checkout and an origin of its own: they run at once, their git processes overlapping.
describe.concurrent("scripts/release.mjs", () => {
  it("tags vX.Y.Z and moves v1 to HEAD on origin, and writes the version's changelog section", async () => {
    const { work, origin, tmp } = await checkout("1.2.0");
    const head = await git(work, "rev-parse", "HEAD");
    const output = join(tmp, "github-output");
    const notes = join(tmp, "notes.md");
    const released = await run("node", [SCRIPT, "--notes", notes], work, { GITHUB_OUTPUT: output });
    expect(released.code, released.out).toBe(0);
    expect(await tagsAt(origin)).toEqual([`v1 ${head}`, `v1.2.0 ${head}`]);
    expect(await readFile(notes, "utf8")).toBe("### Fixed\n\n- Something.\n");
    expect(await readFile(output, "utf8")).toBe(
      "tag=v1.2.0\nmajor=v1\nversion=1.2.0\nprerelease=false\ncreated=true\n",
    );
  });

  it("moves v1 on to the next version, and releases nothing new when run again", async () => {
    const { work, origin } = await checkout("1.2.0");
    const first = await git(work, "rev-parse", "HEAD");
    expect((await run("node", [SCRIPT], work)).code).toBe(0);
    await commitVersion(work, "1.3.0");
    const second = await git(work, "rev-parse", "HEAD");
    expect((await run("node", [SCRIPT], work)).code).toBe(0);
    const again = await run("node", [SCRIPT], work);
    expect(again.code).toBe(0);
    expect(again.out).toContain("v1.3.0 already tags HEAD");
    expect(await tagsAt(origin)).toEqual([`v1 ${second}`, `v1.2.0 ${first}`, `v1.3.0 ${second}`]);
  });

  it("keeps v1 where it is for a pre-release", async () => {
    const { work, origin } = await checkout("1.2.0");
    const stable = await git(work, "rev-parse", "HEAD");
    expect((await run("node", [SCRIPT], work)).code).toBe(0);
    await commitVersion(work, "2.0.0-rc.1");
    const rc = await git(work, "rev-parse", "HEAD");
    expect((await run("node", [SCRIPT], work)).code).toBe(0);
    expect(await tagsAt(origin)).toEqual([`v1 ${stable}`, `v1.2.0 ${stable}`, `v2.0.0-rc.1 ${rc}`]);
  });

  it("refuses a version already tagged at another commit, and one without a changelog section", async () => {
    const { work, origin } = await checkout("1.2.0");
    expect((await run("node", [SCRIPT], work)).code).toBe(0);
    await writeFile(join(work, "later.txt"), "x");
    await git(work, "add", ".");
    await git(work, "commit", "-qm", "later");
    const reused = await run("node", [SCRIPT], work);
    expect(reused.code).toBe(1);
    expect(reused.out).toContain("v1.2.0 already tags");
    expect(reused.out).toContain("bump the version");

    await commitVersion(work, "1.4.0", changelog("1.3.0"));
    const undocumented = await run("node", [SCRIPT], work);
    expect(undocumented.code).toBe(1);
    expect(undocumented.out).toContain('CHANGELOG.md has no section "## [1.4.0]"');
    expect((await tagsAt(origin)).map((t) => t.split(" ")[0])).toEqual(["v1", "v1.2.0"]);
  });
});
