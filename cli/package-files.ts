import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's own root: this file runs as lib/cli/*.js after a build and as cli/*.ts under tsx,
 * so walk up rather than guess the depth. tsc copies imported JSON (package.json, schemas) into
 * lib/, reformatted; the package root is the folder that also has the bin.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (["package.json", "schemas", "bin/roadmap-gate.js"].every((f) => existsSync(join(dir, f))))
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("roadmap-gate: cannot find its package folder");
    dir = parent;
  }
}

export async function readPackageFile(relative: string): Promise<string> {
  return readFile(join(packageRoot(), relative), "utf8");
}

export async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readPackageFile("package.json")) as { version?: string };
  return pkg.version ?? "0.0.0";
}
