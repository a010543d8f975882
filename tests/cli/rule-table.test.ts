import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleCatalog } from "../../core/rules/index.js";
import { ruleTable, rulesBlock } from "../../scripts/rule-table.js";
import { REPO } from "./cli-harness.js";

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

describe("the README's rule table", () => {
  it("has one row per rule, with its anchor, level and description", () => {
    const table = rows(ruleTable());
    expect(table[0]).toEqual(["rule", "level", "what it catches"]);
    expect(table.slice(1).map((r) => r[0])).toEqual(
      [...ruleCatalog().keys()].map((id) => `<a id="rule-${id}"></a>\`${id}\``),
    );
    expect(table.find((r) => r[0]!.includes("rule-unknown-key"))).toEqual([
      '<a id="rule-unknown-key"></a>`unknown-key`',
      "error",
      "A key the format does not know (usually a typo); `x-` keys are free.",
    ]);
  });

  it("matches the rules (regenerate with `npx tsx scripts/rule-table.ts --write`)", async (context) => {
    const readme = await readFile(join(REPO, "docs", "rules", "README.md"), "utf8").catch(() => "");
    const block = rulesBlock(readme);
    // Until the README carries a filled block there is nothing to compare.
    if (block === undefined || block.trim() === "") return context.skip();
    expect(rows(block)).toEqual(rows(ruleTable()));
  });
});
