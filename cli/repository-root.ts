import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The nearest folder at or above cwd with a `.git`; cwd itself outside a repository. */
export function repositoryRoot(cwd: string): string {
  let dir = cwd;
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return cwd;
    dir = parent;
  }
}
