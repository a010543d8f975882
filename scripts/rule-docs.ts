// docs/rules/, generated from the rules' own metadata so the docs cannot drift (as ESLint's rule
// pages come from each rule's `meta.docs`): one page per rule, and the list in docs/rules/README.md
// between its <!-- rules:start --> and <!-- rules:end --> markers.
//   npx tsx scripts/rule-docs.ts           writes the pages
//   npx tsx scripts/rule-docs.ts --check   exits 1 when a page differs from the rules
// tests/cli/rule-docs.test.ts fails when they differ, or when the README's block is gone.
import { readdir, readFile, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { format, resolveConfig } from "prettier";
import { ruleCatalog } from "../core/rules/index.js";
import type { RuleMeta } from "../core/rules/rule.js";

export const RULES_DIR = join("docs", "rules");
export const RULES_START = "<!-- rules:start -->";
export const RULES_END = "<!-- rules:end -->";

/** The list of rules: each links to its page. */
export function ruleTable(rules: Iterable<RuleMeta> = ruleCatalog().values()): string {
  const rows = [...rules].map(
    (rule) =>
      `| [\`${rule.id}\`](${rule.id}.md) | ${rule.level} | ${rule.waivable ? "yes" : "no"} | ${cell(rule.description)} |`,
  );
  return (
    ["| rule | level | waivable | what it catches |", "| --- | --- | --- | --- |", ...rows].join(
      "\n",
    ) + "\n"
  );
}

/** One rule's page: what it checks, an example that triggers it, how to fix it. */
export function rulePage(rule: RuleMeta): string {
  if (!rule.docs) throw new Error(`Rule ${rule.id} has no docs (an example and a fix) in its meta`);
  const { example, language = "yaml", fix } = rule.docs;
  return [
    `# \`${rule.id}\``,
    "",
    "## What it checks",
    "",
    rule.description,
    "",
    `Level: **${rule.level}**${LEVEL_MEANS[rule.level]}. ${
      rule.waivable ? "An item's waiver may silence it." : "It cannot be waived."
    }`,
    "",
    "## Example",
    "",
    "```" + language,
    ...example,
    "```",
    "",
    "## How to fix it",
    "",
    fix,
    "",
    "---",
    "",
    `[All rules](README.md) · the rule's source: [\`core/rules/${rule.id}.ts\`](../../core/rules/${rule.id}.ts). ` +
      "This page is generated from the rule's metadata by `scripts/rule-docs.ts`.",
    "",
  ].join("\n");
}

const LEVEL_MEANS: Record<RuleMeta["level"], string> = {
  error: " (an error fails the gate)",
  warning: " (shown; it fails the Action's step only with `fail-on: warning`)",
  note: " (shown in every report; it never fails the gate)",
};

/** The text between the markers, or undefined when there is no such block. */
export function rulesBlock(readme: string): string | undefined {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + RULES_START.length, end);
}

/**
 * Every generated file under `root`, formatted as Prettier checks it: each rule's page and the
 * index README with its block filled. Throws when the index has no block to fill.
 */
export async function expectedRuleDocs(root: string): Promise<Map<string, string>> {
  const catalog = ruleCatalog();
  const indexPath = join(root, RULES_DIR, "README.md");
  const index = await readFile(indexPath, "utf8");
  const block = rulesBlock(index);
  if (block === undefined)
    throw new Error(`${indexPath} has no ${RULES_START} … ${RULES_END} block to fill`);
  const start = index.indexOf(RULES_START) + RULES_START.length;
  const files = new Map<string, string>([
    [
      indexPath,
      `${index.slice(0, start)}\n\n${ruleTable(catalog.values())}\n${index.slice(start + block.length)}`,
    ],
  ]);
  for (const rule of catalog.values())
    files.set(join(root, RULES_DIR, `${rule.id}.md`), rulePage(rule));
  const formatted = new Map<string, string>();
  for (const [path, text] of files)
    formatted.set(path, await format(text, { ...(await resolveConfig(path)), filepath: path }));
  return formatted;
}

/** Markdown files under docs/rules/ that no rule generates (a removed or renamed rule's page). */
export async function strayRulePages(
  root: string,
  expected: ReadonlyMap<string, string>,
): Promise<string[]> {
  const present = (await readdir(join(root, RULES_DIR))).filter((name) => name.endsWith(".md"));
  return present.map((name) => join(root, RULES_DIR, name)).filter((path) => !expected.has(path));
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

async function main(check: boolean): Promise<number> {
  const root = process.cwd();
  const stale: string[] = [];
  const expected = await expectedRuleDocs(root);
  for (const [path, text] of expected) {
    const now = await readFile(path, "utf8").catch(() => undefined);
    if (now === text) continue;
    stale.push(path);
    if (!check) await writeFile(path, text);
  }
  for (const path of await strayRulePages(root, expected)) {
    stale.push(path);
    if (!check) await unlink(path);
  }
  for (const path of stale) process.stdout.write(`${check ? "stale" : "wrote"}: ${path}\n`);
  return check && stale.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  process.exitCode = await main(process.argv.includes("--check"));
