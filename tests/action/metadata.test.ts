import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = resolve(import.meta.dirname, "../..");

interface ActionYml {
  inputs: Record<string, { description: string }>;
}

describe("action.yml", () => {
  // tests/gate/policy.test.ts proves the behaviour; this keeps the input's words in step with it.
  it("says the policy is read at the base branch's current head, not at the base commit", async () => {
    const action = parse(await readFile(join(ROOT, "action.yml"), "utf8")) as ActionYml;
    const config = action.inputs.config!.description.replace(/\s+/g, " ");
    expect(config).toContain("from the pull request's base branch at the branch's current head");
    expect(config).not.toMatch(/read from the pull request's base commit/);
  });
});
