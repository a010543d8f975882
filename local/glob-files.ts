import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { glob } from "tinyglobby";
import { isInside, realpathOf, type Boundary } from "./read-source.js";

const NEVER = ["**/node_modules/**", "**/.git/**"];
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["node_modules", ".git"]);

/** A glob that leads out of the repository: the surface's usage error, naming it. */
export class OutsideRepositoryError extends Error {
  override name = "OutsideRepositoryError";
}

export interface GlobOptions {
  /** A glob that names a folder matches the files below it (the CLI's); default true. */
  expandDirectories?: boolean;
}

/**
 * A file reached twice (through a symlink in the repository) is judged once, under its own path:
 * otherwise it would collide with itself as a duplicate id.
 */
export async function oncePerFile(files: readonly string[], boundary: Boundary): Promise<string[]> {
  const byReal = new Map<string, string>();
  for (const file of files) {
    const real = realOrSelf(file, boundary);
    const direct =
      (real === file && boundary.root === boundary.realRoot) ||
      relative(boundary.root, file) === relative(boundary.realRoot, real);
    if (!byReal.has(real) || direct) byReal.set(real, file);
  }
  return [...byReal.values()].sort();
}

function realOrSelf(file: string, boundary: Boundary): string {
  try {
    return realpathOf(file, boundary);
  } catch {
    return file;
  }
}

/**
 * Globs (relative to cwd) → item files, never outside the repository: a glob that leads out of it
 * is a usage error naming it. The CLI and the Action (its workspace) both find files here. Symlinked folders are never walked (one to `/` would crawl the
 * disk); a symlinked file that matches is handed on for the reader to judge, and a symlinked
 * folder that leads out of the repository is handed on once, for the reader to refuse.
 * `origin` says where the globs come from, for the error ("the policy's paths").
 */
export async function globItemFiles(
  patterns: readonly string[],
  boundary: Boundary,
  origin: string,
  cwd = boundary.cwd,
  options: GlobOptions = {},
): Promise<string[]> {
  if (patterns.length === 0) return [];
  const bases = patterns.map((pattern) => insideBase(pattern, cwd, boundary, origin));
  const [files, links] = await Promise.all([
    glob([...patterns], {
      cwd,
      absolute: true,
      onlyFiles: true,
      ignore: NEVER,
      followSymbolicLinks: false,
      expandDirectories: options.expandDirectories ?? true,
    }),
    symbolicLinks(patterns, [...new Set(bases)], cwd, boundary),
  ]);
  return [...new Set([...files.map(normalised), ...links])].sort();
}

/**
 * The policy's globs (`paths`, `slo.files`) → files, from `root` (see policyRoot), not from the
 * folder the CLI runs in: from `roadmap/` they must match what they match at the root.
 */
export function globPolicyFiles(
  patterns: readonly string[],
  boundary: Boundary,
  origin: string,
  root: string,
): Promise<string[]> {
  return globItemFiles(patterns, boundary, origin, root);
}

/** A glob's fixed folder (resolved), which must lie inside the repository, as must its rest. */
function insideBase(pattern: string, cwd: string, boundary: Boundary, origin: string): string {
  const scan = picomatch.scan(pattern);
  const base = resolve(cwd, scan.base);
  const climbs = scan.glob.split("/").includes("..");
  if (
    climbs ||
    !isInside(base, boundary.root) ||
    !isInside(realOrSelf(base, boundary), boundary.realRoot)
  )
    throw new OutsideRepositoryError(
      `${origin} ${pattern} leads outside the repository (${boundary.root}); roadmap-gate reads only files inside it`,
    );
  return base;
}

/**
 * Symbolic links below the globs' folders, which the glob above skips: a link to a file that
 * matches a glob, and a link to a folder outside the repository (once, never walked). A link to
 * a folder inside the repository is not walked either: its real folder is judged where it is.
 */
async function symbolicLinks(
  patterns: readonly string[],
  bases: readonly string[],
  cwd: string,
  boundary: Boundary,
): Promise<string[]> {
  const matches = picomatch([...patterns]);
  const links: string[] = [];
  // One readdir per folder below the globs' folders, links not followed, each folder once.
  const seen = new Set<string>();
  const stack = [...bases];
  for (const base of bases) {
    // A glob without magic names one path, which may itself be a link.
    if ((await lstat(base).catch(() => undefined))?.isSymbolicLink()) links.push(base);
  }
  while (stack.length > 0) {
    const folder = stack.pop()!;
    if (seen.has(folder)) continue;
    seen.add(folder);
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isSymbolicLink()) links.push(join(folder, entry.name));
      else if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
        stack.push(join(folder, entry.name));
    }
  }
  const found: string[] = [];
  for (const link of links) {
    const real = await realpath(link).catch(() => undefined);
    const isFolder = real !== undefined && (await stat(real).catch(() => undefined))?.isDirectory();
    if (isFolder) {
      if (!isInside(real, boundary.realRoot)) found.push(link);
    } else if (matches(relative(cwd, link).split(sep).join("/"))) found.push(link);
  }
  return found;
}

/**
 * tinyglobby's absolute paths, in this platform's form. On POSIX they already are, unless a
 * pattern climbed with `..` (or `.`): resolving 10,000 paths that need nothing cost ~20 ms.
 */
function normalised(path: string): string {
  return sep === "/" && !path.includes("/.") && !path.includes("//") ? path : resolve(path);
}
