// The README's rule table, generated from the rules' own metadata so the docs cannot drift.
//   npx tsx scripts/rule-table.ts           prints the table
//   npx tsx scripts/rule-table.ts --write   replaces the README's <!-- rules:start --> block
// tests/cli/rule-table.test.ts fails when the README's block differs from the rules.
import { readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { ruleCatalog } from "../core/rules/index.js";
import type { RuleMeta } from "../core/rules/rule.js";

export const RULES_START = "<!-- rules:start -->";
export const RULES_END = "<!-- rules:end -->";

export function ruleTable(rules: Iterable<RuleMeta> = ruleCatalog().values()): string {
  const rows = [...rules].map(
    (rule) =>
      `| <a id="rule-${rule.id}"></a>\`${rule.id}\` | ${rule.level} | ${cell(rule.description)} |`,
  );
  return ["| rule | level | what it catches |", "| --- | --- | --- |", ...rows].join("\n") + "\n";
}

/** The text between the markers, or undefined when the README has no such block. */
export function rulesBlock(readme: string): string | undefined {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + RULES_START.length, end);
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

async function writeIntoReadme(path: string): Promise<void> {
  const readme = await readFile(path, "utf8");
  const block = rulesBlock(readme);
  if (block === undefined) throw new Error(`${path} has no ${RULES_START} … ${RULES_END} block`);
  const start = readme.indexOf(RULES_START) + RULES_START.length;
  await writeFile(
    path,
    `${readme.slice(0, start)}\n\n${ruleTable()}\n${readme.slice(start + block.length)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv.includes("--write")) await writeIntoReadme("docs/rules/README.md");
  else process.stdout.write(ruleTable());
}
