import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleCatalog } from "../../core/rules/index.js";
import { reportedElsewhere, ruleCases } from "./rule-cases.js";
import { finding } from "./support/evaluate.js";

describe("every rule, on a fixture that triggers it", () => {
  it.each(ruleCases.map((c) => [c.expected.ruleId, c.name, c] as const))(
    "%s: %s",
    (_id, _name, c) => {
      expect(c.run()).toContainEqual(finding(c.expected));
    },
  );
});

describe("rule coverage", () => {
  const covered = new Set(ruleCases.map((c) => c.expected.ruleId));

  it("has a triggering fixture for every rule the engine reports", () => {
    const missing = [...ruleCatalog().keys()].filter(
      (id) => !covered.has(id) && !(id in reportedElsewhere),
    );
    expect(missing).toEqual([]);
  });

  it("names only rules that exist", () => {
    const known = new Set(ruleCatalog().keys());
    expect([...covered, ...Object.keys(reportedElsewhere)].filter((id) => !known.has(id))).toEqual(
      [],
    );
  });

  // Rules reported by a surface or the pull request flow are tested where they are reported.
  const otherTests = testFiles(join(import.meta.dirname, "..")).filter(
    (f) => !f.includes(`${join("tests", "core")}`),
  );
  for (const [id, where] of Object.entries(reportedElsewhere)) {
    // Fails, never turns into a todo: an id no test names is an untested rule.
    it(`${id} is tested where it is reported: ${where}`, () => {
      expect(otherTests.some((f) => readFileSync(f, "utf8").includes(`"${id}"`))).toBe(true);
    });
  }
});

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".test.ts"))
    .map((e) => join(e.parentPath, e.name));
}
