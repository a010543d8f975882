import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { glob } from "tinyglobby";

// Every version the docs and files name (`uses: …@v1`, pre-commit's `rev:`, `$schema` and docs URLs,
// release downloads) is a tag that releasing package.json's version creates (scripts/release.mjs:
// vX.Y.Z and the major tag), or that an earlier release in CHANGELOG.md created.
const ROOT = resolve(import.meta.dirname, "../..");
const REFERENCES = [
  /roadmap-gate\/roadmap-gate@([^\s"'`)]+)/g,
  /raw\.githubusercontent\.com\/roadmap-gate\/roadmap-gate\/([^/\s]+)\//g,
  /github\.com\/roadmap-gate\/roadmap-gate\/(?:blob|tree)\/([^/\s]+)\//g,
  /github\.com\/roadmap-gate\/roadmap-gate\/releases\/(?:download|tag)\/([^/\s)]+)/g,
  /roadmap-gate\/roadmap-gate(?:\.git)?#([^\s"'`)]+)/g,
  /^\s*rev:\s*["']?([^\s"'#]+)/gm,
];
const FILES = [
  "README.md",
  "CHANGELOG.md",
  "action.yml",
  "docs/**/*.md",
  "examples/**/*.{yaml,yml,json}",
  "schemas/*.json",
  "cli/init-templates.ts",
];

async function versions() {
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
  const changelog = await readFile(join(ROOT, "CHANGELOG.md"), "utf8");
  const released = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\]/gm)].map((m) => m[1]!);
  return { version: pkg.version, released };
}

describe("documented references", () => {
  it("give the current version a CHANGELOG section", async () => {
    const { version, released } = await versions();
    expect(released).toContain(version);
  });

  it("name only tags that a release creates", async () => {
    const { version, released } = await versions();
    const tags = new Set([`v${version.split(".")[0]}`, ...released.map((v) => `v${v}`)]);
    const files = await glob(FILES, { cwd: ROOT });
    const found: string[] = [];
    for (const file of files) {
      const text = await readFile(join(ROOT, file), "utf8");
      for (const pattern of REFERENCES)
        for (const match of text.matchAll(pattern)) {
          found.push(match[1]!);
          expect(tags.has(match[1]!), `${file}: ${match[0].trim()}`).toBe(true);
        }
    }
    // The patterns see the references the docs are known to make (a pattern that never matches
    // would make this test pass on anything).
    expect(found).toContain(`v${version.split(".")[0]}`);
    expect(found).toContain(`v${version}`);
  });
});
