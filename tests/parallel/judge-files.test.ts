import { mkdtempSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../../core/policy/policy.js";
import { freshLib } from "../support/fresh-lib.js";

// Workers run compiled code: use the build in lib/, as the installed CLI does (see fresh-lib.ts).
if (!(await freshLib({ folders: ["cli", "core", "local", "thread"] })))
  throw new Error("lib/ could not be built");
const { judgeFiles } = (await import(
  "../../lib/cli/judge-files.js" as string
)) as typeof import("../../cli/judge-files.js");

/** 2,000 small items on disk; item 1700 reuses item 3's id, so the two land in different workers. */
function repository(): { root: string; files: string[] } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "roadmap-gate-parallel-")));
  mkdirSync(join(root, "roadmap"));
  const files = Array.from({ length: 2000 }, (_, i) => {
    const path = join(root, "roadmap", `item-${String(i).padStart(5, "0")}.yaml`);
    const status = i % 7 === 0 ? "planned" : "proposed";
    const typo = i % 11 === 0 ? "metircs: {}\n" : "";
    writeFileSync(
      path,
      `apiVersion: roadmap-gate/v1\nid: FEAT-${i === 1700 ? 3 : i}\ntitle: Item ${i}\nowner: "@lee"\nstatus: ${status}\n${typo}`,
    );
    return path;
  });
  return { root, files };
}

describe("judgeFiles", () => {
  it("gives the same report on two workers as on one thread, ids checked across workers", async () => {
    const { root, files } = repository();
    const input = {
      files: files.slice(0, 1900),
      others: files.slice(1900),
      boundary: { cwd: root, root, realRoot: root, realpaths: new Map<string, string>() },
      policy: defaultPolicy(),
      today: "2026-11-25",
    };
    const parallel = await judgeFiles(input, { workers: 2 });
    const single = await judgeFiles(input, { workers: 1 });
    expect(parallel).toEqual(single);
    expect(parallel.items).toHaveLength(1900);
    expect(parallel.findings.filter((f) => f.ruleId === "id-duplicate")).toEqual([
      expect.objectContaining({ file: "roadmap/item-00003.yaml", line: 2, column: 5 }),
      expect.objectContaining({ file: "roadmap/item-01700.yaml", line: 2, column: 5 }),
    ]);
  });
});
