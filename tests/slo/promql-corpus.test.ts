import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPromql } from "../../core/slo/promql.js";

interface Recorded {
  query: string;
  /** What promtool check rules said: true when it took the rule. */
  promtool: boolean;
  reason?: string;
  /** Where this checker knowingly answers otherwise, and why. */
  divergence?: string;
  ours?: boolean;
}

const corpus = (
  JSON.parse(readFileSync(new URL("./fixtures/promql-corpus.json", import.meta.url), "utf8")) as {
    queries: Recorded[];
  }
).queries;

describe("the PromQL check against promtool's verdicts", () => {
  it("holds a corpus of valid and invalid queries, both kinds in number", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(corpus.filter((q) => q.promtool).length).toBeGreaterThanOrEqual(20);
    expect(corpus.filter((q) => !q.promtool).length).toBeGreaterThanOrEqual(20);
  });

  it.each(corpus.map((q) => [q.query, q] as const))("judges %s as promtool does", (_, q) => {
    const verdict = checkPromql(q.query);
    expect(verdict.ok).toBe(q.divergence === undefined ? q.promtool : q.ours);
  });

  it("has recorded what promtool says today (re-run when promtool is installed)", () => {
    if (spawnSync("promtool", ["--version"]).error) {
      console.log("skipped: promtool is not installed (Debian: apt-get install prometheus)");
      return;
    }
    // Each query alone in a rule file, all checked by one promtool run.
    const dir = mkdtempSync(join(tmpdir(), "promql-corpus-"));
    const files = corpus.map((q, i) => {
      const file = join(dir, `q${String(i).padStart(3, "0")}.yml`);
      const rule = `groups:\n  - name: q\n    rules:\n      - record: q:corpus\n        expr: ${JSON.stringify(q.query)}\n`;
      writeFileSync(file, rule);
      return file;
    });
    let out: string;
    try {
      out = execFileSync("promtool", ["check", "rules", ...files], { encoding: "utf8" });
    } catch (error) {
      out = (error as { stdout: string }).stdout;
    }
    const verdicts = out
      .split(/^Checking /m)
      .slice(1)
      .map((block) => block.includes("SUCCESS"));
    expect(verdicts).toEqual(corpus.map((q) => q.promtool));
  });
});
