import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./cli-harness.js";

/**
 * README.md and every Markdown page under docs/, as repository-relative paths; docs/pending/ holds
 * notes waiting to be folded into the pages, not pages.
 */
async function pages(): Promise<string[]> {
  const found = ["README.md"];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(join(REPO, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join("docs", "pending")) await walk(path);
      } else if (entry.name.endsWith(".md")) found.push(path);
    }
  };
  await walk("docs");
  return found;
}

/** Markdown without its fenced code blocks and code spans: links there are not links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "``");
}

/**
 * The anchors GitHub gives a page: its headings' slugs (lower case, punctuation but `-` and `_`
 * dropped, spaces as dashes; a repeated slug gets -1, -2, ...) and explicit `<a id>` anchors.
 */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = markdown.replace(/^```[\s\S]*?^```/gm, "");
  for (const [, heading] of withoutFences.matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const text = heading!.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]+>/g, "");
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    found.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const [, id] of markdown.matchAll(/<a id="([^"]+)"/g)) found.add(id!);
  return found;
}

/** Each relative link of a page that does not lead to a file, or to an anchor of its page. */
async function brokenLinks(page: string): Promise<string[]> {
  const text = await readFile(join(REPO, page), "utf8");
  const broken: string[] = [];
  for (const [, target] of prose(text).matchAll(/\]\(([^)\s]+)(?: "[^"]*")?\)/g)) {
    if (/^[a-z]+:/i.test(target!)) continue;
    const [file, anchor] = target!.split("#") as [string, string | undefined];
    const path = file === "" ? page : join(dirname(page), decodeURIComponent(file));
    const exists = await stat(join(REPO, path)).then(
      () => true,
      () => false,
    );
    if (!exists) {
      broken.push(`${page}: ${target} (no file ${relative(".", path)})`);
      continue;
    }
    if (anchor === undefined || !path.endsWith(".md")) continue;
    if (!anchors(await readFile(join(REPO, path), "utf8")).has(anchor))
      broken.push(`${page}: ${target} (no heading #${anchor} in ${path})`);
  }
  return broken;
}

describe("the README and docs/", () => {
  it("link only to files that exist and to headings those files have", async () => {
    const all = await pages();
    expect(all).toContain(join("docs", "rules", "README.md"));
    const broken = (await Promise.all(all.map(brokenLinks))).flat();
    expect(broken).toEqual([]);
  });

  it("reads headings into anchors as GitHub slugs them", async () => {
    expect(anchors("# The policy file `.github/roadmap-gate.yml`\n## Time budget\n")).toEqual(
      new Set(["the-policy-file-githubroadmap-gateyml", "time-budget"]),
    );
    expect(anchors("## Permissions\n## Permissions\n")).toEqual(
      new Set(["permissions", "permissions-1"]),
    );
  });

  it("keep the README's install and test commands where CI and newcomers look for them", async () => {
    const readme = await readFile(join(REPO, "README.md"), "utf8");
    expect(readme).toContain("npm ci");
    expect(readme).toContain("npm test");
    expect(readme).toContain("npm install --save-dev");
    expect(readme.split("\n").length).toBeLessThan(300);
  });

  it("are where the published links in the code and the files `init` writes lead", async () => {
    const published =
      /https:\/\/github\.com\/roadmap-gate\/roadmap-gate(?:\/blob\/v1\/([\w./-]+))?(?:#([\w-]+))?/g;
    const sources = [
      "cli/init-templates.ts",
      "core/findings/rule-docs-url.ts",
      "app.yml",
      "Dockerfile",
    ];
    const broken: string[] = [];
    for (const source of sources) {
      const text = await readFile(join(REPO, source), "utf8");
      for (const [url, path = "README.md", anchor] of text.matchAll(published)) {
        const target = join(REPO, path);
        const found = await stat(target).then(
          () => true,
          () => false,
        );
        if (!found) broken.push(`${source}: ${url} (no ${path})`);
        else if (anchor && !anchors(await readFile(target, "utf8")).has(anchor))
          broken.push(`${source}: ${url} (no heading #${anchor} in ${path})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
