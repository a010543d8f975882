import { existsSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";

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

/**
 * Where the policy's globs (`paths`, `slo.files`) start: the folder that holds the policy's
 * `.github/` when the CLI runs inside it (from `roadmap/` with `--config ../.github/x.yml`),
 * else the repository root. Without a policy file the defaults are read from cwd, as the
 * default policy path is.
 */
export function policyRoot(policyFile: string | undefined, cwd: string, root: string): string {
  if (policyFile === undefined) return cwd;
  const folder = dirname(policyFile);
  if (basename(folder) === ".github") {
    const holder = dirname(folder);
    const inside = relative(holder, cwd);
    if (inside === "" || (!inside.startsWith("..") && !isAbsolute(inside))) return holder;
  }
  return root;
}
