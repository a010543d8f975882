import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonReport } from "../../core/format/json.js";
import { fixture, proposedItem, runMain, tempRepo, TODAY } from "./cli-harness.js";

async function validateJson(cwd: string, ...args: string[]) {
  const run = await runMain(["validate", "--format", "json", "--today", TODAY, ...args], cwd);
  return { ...run, report: JSON.parse(run.stdout) as JsonReport };
}

describe("which item files validate reads", () => {
  it("reads the policy's paths when given none", async () => {
    const { report } = await validateJson(fixture("passing"));
    expect(report.items.map((i) => i.file)).toEqual([
      "roadmap/feat-1.yaml",
      "roadmap/nested/feat-2.yml",
      "roadmap/nested/feat-3.json",
    ]);
  });

  it("expands a folder to its .yaml, .yml and .json files at any depth", async () => {
    const { report } = await validateJson(fixture("passing"), "roadmap/nested");
    expect(report.items.map((i) => i.file)).toEqual([
      "roadmap/nested/feat-2.yml",
      "roadmap/nested/feat-3.json",
    ]);
  });

  it("expands a glob, and reads a file named twice once", async () => {
    const { report } = await validateJson(
      fixture("passing"),
      "roadmap/**/*.json",
      "roadmap/nested/feat-3.json",
    );
    expect(report.items.map((i) => i.file)).toEqual(["roadmap/nested/feat-3.json"]);
  });

  it("refuses a glob that matches nothing, as a usage error", async () => {
    const run = await runMain(
      ["validate", "--format", "json", "--today", TODAY, "roadmap/**/*.toml"],
      fixture("passing"),
    );
    expect(run.stderr).toContain("no item files match roadmap/**/*.toml");
    expect(run.stdout).toBe("");
    expect(run.code).toBe(2);
  });

  it("checks a named file's id against every item of the policy's paths", async () => {
    const { report, code } = await validateJson(fixture("duplicate-ids"), "roadmap/b.yaml");
    expect(report.items.map((i) => i.file)).toEqual(["roadmap/b.yaml"]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: "id-duplicate",
        level: "error",
        file: "roadmap/b.yaml",
        line: 2,
        column: 5,
        message: "Item id FEAT-7 is also used by roadmap/a.yaml",
      }),
    ]);
    expect(code).toBe(1);
  });

  it("fails a new file that reuses the id of an older file sorting after it", async () => {
    const { repo } = await tempRepo({
      "roadmap/z-old.yaml": proposedItem("DUP-1", "Old"),
      "roadmap/a-new.yaml": proposedItem("DUP-1", "New"),
    });
    const { report, code } = await validateJson(repo, "roadmap/a-new.yaml");
    expect(report.findings).toEqual([
      {
        ruleId: "id-duplicate",
        level: "error",
        file: "roadmap/a-new.yaml",
        line: 2,
        column: 5,
        message: "Item id DUP-1 is also used by roadmap/z-old.yaml",
        hint: "Give each item an id of its own; ids are unique across all item files.",
        docs: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/id-duplicate.md",
      },
    ]);
    expect(code).toBe(1);
  });

  it("reports findings with paths relative to the working directory", async () => {
    const { repo } = await tempRepo({ "teams/web/roadmap/x.yaml": "id: [" });
    const { report } = await validateJson(join(repo, "teams"), "web/roadmap");
    // From teams/, the policy's roadmap/** globs match nothing: said at the (default) policy.
    expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ["policy-paths-unmatched", ".github/roadmap-gate.yml"],
      ["yaml-syntax", "web/roadmap/x.yaml"],
    ]);
  });
});

describe("files that cannot be read", () => {
  it("never follows a symlink out of the repository, and still judges the other files", async () => {
    const { repo, outside } = await tempRepo({ "roadmap/ok.yaml": proposedItem("FEAT-1") });
    await writeFile(join(outside, "secret.yaml"), "api_token: hunter2-secret\n");
    await mkdir(join(outside, "folder"));
    await writeFile(join(outside, "folder/other.yaml"), "api_token: hunter2-secret\n");
    await symlink(join(outside, "secret.yaml"), join(repo, "roadmap/link.yaml"));
    await symlink("../../outside/folder", join(repo, "roadmap/linked-folder"));
    const run = await validateJson(repo);
    const unreadable = (file: string) => ({
      ruleId: "unreadable",
      level: "error",
      file,
      line: 1,
      column: 1,
      message: "symlink to a path outside the repository",
      hint: "Make it a regular text file inside the repository.",
      docs: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/unreadable.md",
    });
    expect(run.report.findings).toEqual([
      unreadable("roadmap/link.yaml"),
      unreadable("roadmap/linked-folder"),
    ]);
    expect(run.report.items.find((i) => i.file === "roadmap/ok.yaml")?.verdict).toBe("not-gated");
    expect(run.stdout).not.toContain("hunter2");
    expect(run.code).toBe(1);
  });

  it("reports a folder link to / once and never walks it", async () => {
    const { repo } = await tempRepo({ "roadmap/ok.yaml": proposedItem("FEAT-1") });
    await symlink("/", join(repo, "roadmap/root"));
    const run = await validateJson(repo);
    expect(run.report.findings.map((f) => [f.ruleId, f.file, f.message])).toEqual([
      ["unreadable", "roadmap/root", "symlink to a path outside the repository"],
    ]);
    expect(run.report.items.map((i) => i.file)).toEqual(["roadmap/ok.yaml", "roadmap/root"]);
  });

  it("refuses a symlink out of the repository named on the command line", async () => {
    const { repo, outside } = await tempRepo({});
    await writeFile(join(outside, "secret.yaml"), "api_token: hunter2-secret\n");
    await symlink(join(outside, "secret.yaml"), join(repo, "item.yaml"));
    const run = await validateJson(repo, "item.yaml");
    expect(
      run.report.findings
        .filter((f) => f.ruleId !== "policy-paths-unmatched")
        .map((f) => [f.ruleId, f.file, f.message]),
    ).toEqual([["unreadable", "item.yaml", "symlink to a path outside the repository"]]);
    expect(run.stdout).not.toContain("hunter2");
  });

  it("follows a symlink inside the repository, judging the file once", async () => {
    const { repo } = await tempRepo({ "roadmap/real.yaml": proposedItem("FEAT-1") });
    await symlink("real.yaml", join(repo, "roadmap/alias.yaml"));
    const run = await validateJson(repo);
    expect(run.report.items.map((i) => i.file)).toEqual(["roadmap/real.yaml"]);
    expect(run.report.findings).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("makes a file that is not UTF-8 a finding without hiding the others", async () => {
    const { repo } = await tempRepo({
      "roadmap/a.yaml": new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xff, 0x0a]),
      "roadmap/b.yaml": `${proposedItem("FEAT-2")}metircs: {}\n`,
    });
    const run = await validateJson(repo);
    expect(run.report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([
      ["not-utf8", "roadmap/a.yaml", 1, 5],
      ["unknown-key", "roadmap/b.yaml", 6, 1],
    ]);
  });

  it("reads a UTF-8 file that holds U+FFFD itself as text, not as a bad byte", async () => {
    const { repo } = await tempRepo({
      "roadmap/a.yaml": proposedItem("FEAT-1").replace(/title: .*/, 'title: "Odd \uFFFD glyph"'),
    });
    const run = await validateJson(repo);
    expect(run.report.findings).toEqual([]);
    expect(run.report.items[0]!.title).toBe("Odd \uFFFD glyph");
  });
});

describe("the policy", () => {
  it("reads --config instead of .github/roadmap-gate.yml", async () => {
    const { repo } = await tempRepo({
      "plans/a.yaml": proposedItem("FEAT-1"),
      "gate.yml": 'paths: ["plans/*.yaml"]\n',
    });
    const { report } = await validateJson(repo, "--config", "gate.yml");
    expect(report.items.map((i) => i.file)).toEqual(["plans/a.yaml"]);
  });

  it("is a usage error when --config names no file", async () => {
    const run = await runMain(["validate", "--config", "nope.yml"], fixture("passing"));
    expect(run.stderr).toContain("no such config file: nope.yml");
    expect(run.code).toBe(2);
  });

  it("says once that _extends was not resolved, and uses the file as written", async () => {
    const run = await validateJson(fixture("extends"));
    expect(run.report.findings).toEqual([
      {
        ruleId: "policy-extends-unresolved",
        level: "warning",
        file: ".github/roadmap-gate.yml",
        line: 1,
        column: 1,
        message:
          "`_extends: acme/.github` was not resolved: the CLI cannot read other repositories; the policy is used as written",
        hint: "The Action and the App resolve `_extends`; locally, copy the settings you rely on into this file.",
        docs: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/policy-extends-unresolved.md",
      },
    ]);
    expect(run.report.items).toHaveLength(1);
    expect(run.code).toBe(0);
  });

  it("judges no item under a broken policy, in every format", async () => {
    for (const format of ["text", "json", "sarif", "github"]) {
      const run = await runMain(["validate", "--format", format], fixture("broken-policy"));
      expect(run.code).toBe(2);
      expect(run.stdout).toContain("policy-invalid");
      expect(run.stdout).not.toContain("roadmap/feat-10.yaml");
    }
  });
});

describe("paths that lead outside the repository", () => {
  async function withSecretsOutside() {
    const made = await tempRepo({ "roadmap/ok.yaml": proposedItem("FEAT-1") });
    await mkdir(join(made.outside, "elsewhere"), { recursive: true });
    await writeFile(join(made.outside, "elsewhere/x.yaml"), proposedItem("SECRET-1", "hunter2"));
    return made;
  }

  it("refuses a policy whose paths climb out of the repository, naming the path", async () => {
    const { repo } = await withSecretsOutside();
    await mkdir(join(repo, ".github"));
    await writeFile(join(repo, ".github/roadmap-gate.yml"), 'paths: ["../outside/**/*.yaml"]\n');
    const run = await runMain(["validate", "--format", "json"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "the policy's paths entry ../outside/**/*.yaml leads outside the repository",
    );
    expect(run.stdout).toBe("");
  });

  it("refuses a glob, a folder or a file outside the repository on the command line", async () => {
    const { repo, outside } = await withSecretsOutside();
    for (const arg of [
      "../outside/**/*.yaml",
      "../outside/elsewhere",
      join(outside, "elsewhere/x.yaml"),
    ]) {
      const run = await runMain(["validate", arg], repo);
      expect(run.code, arg).toBe(2);
      expect(run.stderr, arg).toContain(`${arg} `);
      expect(run.stderr, arg).toContain("outside the repository");
      expect(run.stdout, arg).not.toContain("hunter2");
    }
  });

  it("refuses a glob through a folder link that leaves the repository", async () => {
    const { repo, outside } = await withSecretsOutside();
    await symlink(join(outside, "elsewhere"), join(repo, "roadmap/away"));
    const run = await runMain(["validate", "roadmap/away/*.yaml"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the glob roadmap/away/*.yaml leads outside the repository");
  });
});
