import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO } from "./cli-harness.js";

interface Hook {
  id: string;
  language: string;
  entry: string;
  files: string;
}

describe(".pre-commit-hooks.yaml", () => {
  it("offers the roadmap-gate hook on item files", async () => {
    const hooks = parse(await readFile(join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
    const hook = hooks.find((h) => h.id === "roadmap-gate")!;
    expect(hook).toMatchObject({ language: "node", entry: "roadmap-gate validate" });
    const files = new RegExp(hook.files);
    for (const path of ["roadmap/a.yaml", "roadmap/team/b.yml", "roadmap/c.json"])
      expect(files.test(path), path).toBe(true);
    for (const path of ["docs/a.yaml", "roadmap/readme.md", "src/roadmap/a.yaml"])
      expect(files.test(path), path).toBe(false);
  });
});
