import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO } from "./cli-harness.js";

describe("the committed CLI bundle (bin/cli.cjs, bin/roadmap-gate.js)", () => {
  it("is what `npm run build:cli` makes from the sources", async () => {
    // --check bundles in memory and compares; it writes nothing.
    const run = await promisify(execFile)("node", ["scripts/build-cli.mjs", "--check"], {
      cwd: REPO,
    }).catch((error: { stderr: string; code: number }) => error);
    expect(run.stderr).toBe("");
  });
});
