import { execFile, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { proposedItem, REPO } from "./cli-harness.js";

interface Hook {
  id: string;
  language: string;
  entry: string;
  files?: string;
  pass_filenames?: boolean;
}

describe(".pre-commit-hooks.yaml", () => {
  it("passes every staged file to the CLI, which keeps the policy's paths", async () => {
    const hooks = parse(await readFile(join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
    const hook = hooks.find((h) => h.id === "roadmap-gate")!;
    expect(hook).toMatchObject({
      language: "node",
      entry: "roadmap-gate validate --only-policy-paths",
      pass_filenames: true,
    });
    // A `files:` filter would have to repeat the policy's paths, and miss a policy that moves them.
    expect(hook.files).toBeUndefined();
  });
});

interface Run {
  code: number;
  output: string;
}

function run(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv) {
  return new Promise<Run>((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;
if (!hasPreCommit)
  console.log(
    "skipped the pre-commit hook test: pre-commit is not installed (apt-get install pre-commit); .ci/run installs it",
  );

describe.skipIf(!hasPreCommit)("the hook, installed and run by the real pre-commit client", () => {
  // pre-commit installs a `language: node` hook with npm (install, pack, install -g) from a clone
  // of the repository at a commit: this judges the last commit, not the work tree. One install
  // (in PRE_COMMIT_HOME) serves the three runs; `try-repo` would install afresh every time.
  it("fails a broken item and a reused id, and passes a valid item", async () => {
    const tmp = await mkdtemp(join(tmpdir(), "roadmap-gate-pre-commit-"));
    const hookRepo = join(tmp, "roadmap-gate");
    const project = join(tmp, "project");
    expect((await run("git", ["clone", "-q", REPO, hookRepo], tmp)).code).toBe(0);
    const rev = (await run("git", ["rev-parse", "HEAD"], hookRepo)).output.trim();
    const files: Record<string, string> = {
      ".pre-commit-config.yaml": `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: roadmap-gate\n`,
      "roadmap/ok.yaml": proposedItem("FEAT-1"),
      "roadmap/broken.yaml": `${proposedItem("FEAT-2")}metircs: {}\n`,
      "roadmap/z-old.yaml": proposedItem("DUP-1", "Old"),
      "roadmap/a-new.yaml": proposedItem("DUP-1", "New"),
    };
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(project, path)), { recursive: true });
      await writeFile(join(project, path), content);
    }
    await run("git", ["init", "-q"], project);
    await run("git", ["add", "."], project);
    const hook = (file: string) =>
      run("pre-commit", ["run", "roadmap-gate", "--files", file], project, {
        PRE_COMMIT_HOME: join(tmp, "pre-commit-home"),
        npm_config_audit: "false",
        npm_config_fund: "false",
        npm_config_prefer_offline: "true",
        npm_config_update_notifier: "false",
      });

    const ok = await hook("roadmap/ok.yaml");
    expect(ok.output).toMatch(/roadmap-gate\.+Passed/);
    expect(ok.code).toBe(0);

    const broken = await hook("roadmap/broken.yaml");
    expect(broken.output).toMatch(/roadmap-gate\.+Failed/);
    expect(broken.output).toContain(
      "roadmap/broken.yaml:6:1  error    Unknown key `metircs` in FEAT-2; did you mean `metrics`?  [unknown-key]",
    );
    expect(broken.code).toBe(1);

    const reused = await hook("roadmap/a-new.yaml");
    expect(reused.output).toContain(
      "roadmap/a-new.yaml:2:5  error    Item id DUP-1 is also used by roadmap/z-old.yaml  [id-duplicate]",
    );
    expect(reused.code).toBe(1);

    // A policy with other paths: the hook follows them (the same install serves this project).
    const other = join(tmp, "other-paths");
    const otherFiles: Record<string, string> = {
      ".pre-commit-config.yaml": files[".pre-commit-config.yaml"]!,
      ".github/roadmap-gate.yml": 'paths: ["plans/**/*.yaml"]\n',
      "plans/broken.yaml": `${proposedItem("FEAT-3")}metircs: {}\n`,
      "roadmap/not-an-item.yaml": "just: data\n",
    };
    for (const [path, content] of Object.entries(otherFiles)) {
      await mkdir(dirname(join(other, path)), { recursive: true });
      await writeFile(join(other, path), content);
    }
    await run("git", ["init", "-q"], other);
    await run("git", ["add", "."], other);
    const otherHook = (...staged: string[]) =>
      run("pre-commit", ["run", "roadmap-gate", "--files", ...staged], other, {
        PRE_COMMIT_HOME: join(tmp, "pre-commit-home"),
      });

    const inPaths = await otherHook("plans/broken.yaml");
    expect(inPaths.output).toContain(
      "plans/broken.yaml:6:1  error    Unknown key `metircs` in FEAT-3; did you mean `metrics`?  [unknown-key]",
    );
    expect(inPaths.code).toBe(1);

    const outside = await otherHook("roadmap/not-an-item.yaml", ".pre-commit-config.yaml");
    expect(outside.output).toMatch(/roadmap-gate\.+Passed/);
    expect(outside.code).toBe(0);

    const policyChanged = await otherHook(".github/roadmap-gate.yml");
    expect(policyChanged.output).toContain("plans/broken.yaml:6:1  error");
    expect(policyChanged.code).toBe(1);
  }, 240_000);
});
