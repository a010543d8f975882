import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, fixture, REPO, tempRepo, TODAY, type CliRun } from "./cli-harness.js";

// The CLI bundle (bin/) on the oldest Node that package.json's engines allow: .ci/run sets
// ROADMAP_GATE_OLDEST_NODE (the machine's Node of that major, or the npm registry's). The other
// tests run it on the Node that runs them, Node 24 in CI.
const engines = (
  JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
    engines: { node: string };
  }
).engines.node;
const floor = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(engines);
const node = process.env.ROADMAP_GATE_OLDEST_NODE;
const version = node ? spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim() : "";
if (!node)
  console.log(
    "skipped the oldest-Node test of the CLI: set ROADMAP_GATE_OLDEST_NODE to a Node of engines' major (.ci/run does)",
  );

function runOn(argv: string[], cwd: string): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(node!, [BIN, ...argv], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

describe("engines", () => {
  it("names the oldest Node the CLI supports as >=MAJOR.MINOR.PATCH", () => {
    expect(floor, engines).not.toBeNull();
  });
});

describe.skipIf(!node)(`the CLI bundle on the oldest Node it supports (${version})`, () => {
  it("is a Node of engines' major, at or above its floor", () => {
    const [major, minor, patch] = version.slice(1).split(".").map(Number);
    const [, fMajor, fMinor, fPatch] = floor!.map(Number);
    expect(major).toBe(fMajor);
    expect(minor! > fMinor! || (minor === fMinor && patch! >= fPatch!), version).toBe(true);
  });

  it("writes a starter policy and item with init, and validates them", async () => {
    const { repo } = await tempRepo({});
    const init = await runOn(["init"], repo);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    const validate = await runOn(["validate"], repo);
    expect(validate.stdout).toContain("0 errors, 0 warnings in 1 item");
    expect(validate.code).toBe(0);
  });

  it("reports an item's error at its line and exits 1", async () => {
    const run = await runOn(["validate", "--today", TODAY], fixture("failing"));
    expect(run.stdout).toContain(
      "roadmap/feat-10.yaml:6:1  error    Unknown key `metircs` in FEAT-10; did you mean `metrics`?  [unknown-key]",
    );
    expect(run.code).toBe(1);
  });

  it("exports SLOs and prints a report", async () => {
    const config = ["--config", "examples/.github/roadmap-gate.yml"];
    const slo = await runOn(["slo", ...config], REPO);
    expect(slo.stdout).toContain("apiVersion: openslo/v1");
    expect(slo.code).toBe(0);
    const report = await runOn(["report", ...config, "--format", "json"], REPO);
    expect(JSON.parse(report.stdout)).toHaveProperty("items");
  });
});
