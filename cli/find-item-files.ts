import { lstat, realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { isDynamicPattern } from "tinyglobby";
import { globItemFiles, oncePerFile } from "../local/glob-files.js";
import { isInside, type Boundary } from "../local/read-source.js";
import { UsageError } from "./cli-io.js";

export { globPolicyFiles, oncePerFile } from "../local/glob-files.js";

const ITEM_FILES = ["**/*.yaml", "**/*.yml", "**/*.json"];

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

async function expand(arg: string, boundary: Boundary): Promise<string[]> {
  const abs = resolve(boundary.cwd, arg);
  const info = await lstat(abs).catch(() => undefined);
  if (!info) {
    if (isDynamicPattern(arg)) return globItemFiles([arg], boundary, "the glob");
    throw new UsageError(`no such file or folder: ${arg}`);
  }
  if (!isInside(abs, boundary.root))
    throw new UsageError(
      `${arg} is outside the repository (${boundary.root}); roadmap-gate reads only files inside it`,
    );
  if (info.isSymbolicLink()) {
    // A link out of the repository is handed on as a file, for the reader to refuse.
    const real = await realpath(abs).catch(() => undefined);
    if (real === undefined || !isInside(real, boundary.realRoot)) return [abs];
    if ((await stat(real)).isDirectory()) return folderItemFiles(abs, boundary);
    return [abs];
  }
  return info.isDirectory() ? folderItemFiles(abs, boundary) : [abs];
}

function folderItemFiles(folder: string, boundary: Boundary): Promise<string[]> {
  return globItemFiles(ITEM_FILES, boundary, "the folder", folder);
}
