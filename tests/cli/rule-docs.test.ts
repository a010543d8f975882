import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toJsonReport } from "../../core/format/json.js";
import { toSarif } from "../../core/format/sarif.js";
import { RULE_DOCS_BASE } from "../../core/findings/rule-docs-url.js";
import { ruleCatalog } from "../../core/rules/index.js";
import { meta } from "../../core/rules/rule.js";
import {
  expectedRuleDocs,
  RULES_DIR,
  rulePage,
  ruleTable,
  strayRulePages,
} from "../../scripts/rule-docs.js";
import { report } from "../format/report-builder.js";
import { REPO } from "./cli-harness.js";

const REGENERATE = "regenerate with `npx tsx scripts/rule-docs.ts`";

/** Table rows as trimmed cells, so Prettier's column padding does not matter. */
function rows(table: string): string[][] {
  return table
    .split("\n")
    .filter((line) => line.trim().startsWith("|") && !/^\|[\s|:-]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

describe("docs/rules/", () => {
  it("lists every rule with a link to its page, its level, whether it is waivable and what it catches", () => {
    const table = rows(ruleTable());
    expect(table[0]).toEqual(["rule", "level", "waivable", "what it catches"]);
    expect(table.slice(1).map((r) => r[0])).toEqual(
      [...ruleCatalog().keys()].map((id) => `[\`${id}\`](${id}.md)`),
    );
    expect(table.find((r) => r[0]!.includes("unknown-key.md"))).toEqual([
      "[`unknown-key`](unknown-key.md)",
      "error",
      "no",
      "A key the format does not know (usually a typo); `x-` keys are free.",
    ]);
  });

  it("writes a page with what the rule checks, its example and its fix", () => {
    const page = rulePage(
      meta("slice-duplicate-id", "error", "Two slices of an item share an id.", true, {
        example: ["slices:", "  - { id: a }", "  - { id: a }"],
        fix: "Give each slice its own id.",
      }),
    );
    expect(page).toContain("# `slice-duplicate-id`\n\n## What it checks\n\nTwo slices of an item");
    expect(page).toContain("An item's waiver may silence it.");
    expect(page).toContain("## Example\n\n```yaml\nslices:\n  - { id: a }\n  - { id: a }\n```");
    expect(page).toContain("## How to fix it\n\nGive each slice its own id.\n");
  });

  it("refuses to write a page for a rule without docs", () => {
    expect(() => rulePage(meta("no-docs", "error", "Nothing said."))).toThrow(
      "Rule no-docs has no docs",
    );
  });

  it(`has a fresh page for every rule, a fresh list and no other page (${REGENERATE})`, async () => {
    const expected = await expectedRuleDocs(REPO);
    expect(expected.size).toBe(ruleCatalog().size + 1);
    for (const [path, text] of expected) {
      const now = await readFile(path, "utf8").catch(() => "(missing)");
      expect(now, `${path} is stale: ${REGENERATE}`).toBe(text);
    }
    expect(await strayRulePages(REPO, expected)).toEqual([]);
  });

  it("fails, rather than passes, when the list's markers are gone from the README", async () => {
    const root = await mkdtemp(join(tmpdir(), "rule-docs-"));
    await mkdir(join(root, RULES_DIR), { recursive: true });
    await writeFile(join(root, RULES_DIR, "README.md"), "# Rules\n\nNo list here.\n");
    await expect(expectedRuleDocs(root)).rejects.toThrow("has no <!-- rules:start -->");
  });

  it("is where SARIF's helpUri and the JSON report's docs lead, for every rule", async () => {
    expect(RULE_DOCS_BASE).toBe("https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/");
    const catalog = ruleCatalog();
    const findings = [...catalog.values()].map((rule) => ({
      ruleId: rule.id,
      level: rule.level,
      file: "roadmap/a.yaml",
      line: 1,
      column: 1,
      message: "m",
      hint: "h",
    }));
    const sarifRules = toSarif(report({ findings }), { catalog }).runs[0]!.tool.driver.rules!;
    const jsonFindings = toJsonReport(report({ findings })).findings;
    // The report sorts findings (errors first), so compare the sets of links.
    expect(jsonFindings.map((f) => f.docs).sort()).toEqual(sarifRules.map((r) => r.helpUri).sort());
    for (const url of sarifRules.map((r) => r.helpUri!)) {
      expect(url.startsWith(RULE_DOCS_BASE)).toBe(true);
      const page = join(REPO, RULES_DIR, url.slice(RULE_DOCS_BASE.length));
      expect(await readFile(page, "utf8"), url).toMatch(/^# `[a-z0-9-]+`\n/);
    }
    expect(sarifRules.map((r) => r.helpUri)).toContain(`${RULE_DOCS_BASE}signoff-stale.md`);
  });
});
