import { describe, expect, it } from "vitest";
import { proposedItem, runMain, tempRepo } from "./cli-harness.js";

// `validate --only-policy-paths FILE...`, what the pre-commit hook runs with every staged file
// (tests/cli/pre-commit-hook.test.ts runs it through the real pre-commit).
const files = {
  ".github/roadmap-gate.yml": 'paths: ["plans/**/*.yaml"]\n',
  "plans/ok.yaml": proposedItem("FEAT-1"),
  "plans/broken.yaml": `${proposedItem("FEAT-2")}metircs: {}\n`,
  "plans/dup.yaml": proposedItem("FEAT-1", "Again"),
  "roadmap/not-an-item.yaml": "just: data\n",
  "README.md": "# hi\n",
};

const validate = async (...staged: string[]) => {
  const { repo } = await tempRepo(files);
  return runMain(["validate", "--only-policy-paths", "--format", "json", ...staged], repo);
};
const judged = (stdout: string) =>
  (JSON.parse(stdout) as { items: { file: string }[] }).items.map((i) => i.file);

describe("validate --only-policy-paths", () => {
  it("judges only the given files that the policy's paths name, ids against every item", async () => {
    const run = await validate("plans/dup.yaml", "roadmap/not-an-item.yaml", "README.md");
    expect(judged(run.stdout)).toEqual(["plans/dup.yaml"]);
    expect(run.stdout).toContain('"ruleId": "id-duplicate"');
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  it("passes when no given file is an item file", async () => {
    const run = await validate("roadmap/not-an-item.yaml", "README.md");
    expect(judged(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("judges every item when the policy file is among them", async () => {
    const run = await validate(".github/roadmap-gate.yml", "README.md");
    expect(judged(run.stdout)).toEqual(["plans/broken.yaml", "plans/dup.yaml", "plans/ok.yaml"]);
    expect(run.code).toBe(1);
  });
});
