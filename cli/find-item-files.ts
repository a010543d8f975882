import { lstat, realpath, stat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { isInside, realpathOf, type Boundary } from "./read-source.js";
import { UsageError } from "./cli-io.js";

const ITEM_FILES = ["**/*.yaml", "**/*.yml", "**/*.json"];
const NEVER = ["**/node_modules/**", "**/.git/**"];

export interface FoundFiles {
  /** Absolute paths, deduplicated, in path order. */
  files: string[];
  /** Arguments (globs, folders) that matched no item file: worth a word to the user. */
  empty: string[];
}

/**
 * Command-line paths → item files. Each is a file, a folder (its .yaml/.yml/.json files, at any
 * depth) or a glob relative to cwd. A path that does not exist and is not a glob is a usage error.
 */
export async function findItemFiles(
  args: readonly string[],
  boundary: Boundary,
): Promise<FoundFiles> {
  const files = new Set<string>();
  const empty: string[] = [];
  for (const arg of args) {
    const found = await expand(arg, boundary);
    if (found.length === 0) empty.push(arg);
    for (const file of found) files.add(file);
  }
  return { files: await oncePerFile([...files].sort(), boundary), empty };
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

/** The policy's `paths` globs, relative to cwd. */
export async function globItemFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) return [];
  const found = await glob([...patterns], { cwd, absolute: true, onlyFiles: true, ignore: NEVER });
  return found.map(normalised).sort();
}

/**
 * tinyglobby's absolute paths, in this platform's form. On POSIX they already are, unless a
 * pattern climbed with `..` (or `.`): resolving 10,000 paths that need nothing cost ~20 ms.
 */
function normalised(path: string): string {
  return sep === "/" && !path.includes("/.") && !path.includes("//") ? path : resolve(path);
}

async function expand(arg: string, boundary: Boundary): Promise<string[]> {
  const abs = resolve(boundary.cwd, arg);
  const info = await lstat(abs).catch(() => undefined);
  if (!info) {
    if (isDynamicPattern(arg)) return globItemFiles([arg], boundary.cwd);
    throw new UsageError(`no such file or folder: ${arg}`);
  }
  if (info.isSymbolicLink()) {
    // A link out of the repository is handed on as a file, for the reader to refuse.
    const real = await realpath(abs).catch(() => undefined);
    if (real === undefined || !isInside(real, boundary.realRoot)) return [abs];
    if ((await stat(real)).isDirectory()) return folderItemFiles(abs);
    return [abs];
  }
  return info.isDirectory() ? folderItemFiles(abs) : [abs];
}

async function folderItemFiles(folder: string): Promise<string[]> {
  const found = await glob(ITEM_FILES, {
    cwd: folder,
    absolute: true,
    onlyFiles: true,
    ignore: NEVER,
  });
  return found.map(normalised).sort();
}
