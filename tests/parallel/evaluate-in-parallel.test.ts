import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../core/evaluate.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import type { SourceFile } from "../../core/source.js";

// Workers run compiled code: use the build in lib/, as the installed CLI does.
execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
const { evaluateInParallel } = (await import(
  "../../lib/cli/evaluate-in-parallel.js" as string
)) as typeof import("../../cli/evaluate-in-parallel.js");

function files(count: number): SourceFile[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `roadmap/item-${String(i).padStart(5, "0")}.yaml`,
    // Item 1700 reuses item 3's id: the two land in different workers.
    content: `apiVersion: roadmap-gate/v1\nid: FEAT-${i === 1700 ? 3 : i}\ntitle: Item ${i}\nowner: "@lee"\nstatus: ${i % 7 === 0 ? "planned" : "proposed"}\n${i % 11 === 0 ? "metircs: {}\n" : ""}`,
  }));
}

describe("evaluateInParallel", () => {
  it("gives the same report as evaluating in one thread, ids checked across workers", async () => {
    const input = { files: files(2000), policy: defaultPolicy(), today: "2026-11-25" };
    const parallel = await evaluateInParallel(input, { workers: 2 });
    const single = evaluate(input);
    expect(parallel).toEqual(single);
    expect(parallel.findings.filter((f) => f.ruleId === "id-duplicate")).toEqual([
      expect.objectContaining({ file: "roadmap/item-01700.yaml", line: 2, column: 5 }),
    ]);
  });
});
