import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, posix, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { escapePath, glob } from "tinyglobby";
import type { SourceFile } from "../core/source.js";

/** Past this size a file is not even read: the engine would only report it as too large. */
const READ_CAP_BYTES = 64 * 1024 * 1024;

/**
 * Item files in the workspace that match the globs, sorted by path. A symbolic link is followed
 * only to a file inside the workspace; one that leads out is handed over as unreadable, so it is
 * a finding and its target is never read.
 */
export async function readWorkspaceItems(
  workspace: string,
  globs: readonly string[],
): Promise<SourceFile[]> {
  for (const pattern of globs) {
    if (isAbsolute(pattern) || pattern.split("/").includes("..")) {
      throw new Error(`Item path "${pattern}" leaves the workspace; use a path relative to it.`);
    }
  }
  const root = await realpath(workspace);
  const [files, links] = await Promise.all([
    glob([...globs], {
      cwd: root,
      onlyFiles: true,
      followSymbolicLinks: false,
      expandDirectories: false,
    }),
    symbolicLinks(root, globs),
  ]);
  const sorted = [...new Set([...files, ...links])].sort();
  return Promise.all(sorted.map((path) => readWorkspaceFile(root, path)));
}

/**
 * Symbolic links that match the globs. The globbing above never follows links (a link to `/`
 * would crawl the disk), so links are found here, in the real directories the globs reach.
 */
async function symbolicLinks(root: string, globs: readonly string[]): Promise<string[]> {
  const isItem = picomatch([...globs]);
  const scans = globs.map((g) => picomatch.scan(g));
  const literal = scans.filter((s) => !s.isGlob).map((s) => s.input);
  const bases = scans.filter((s) => s.isGlob).map((s) => s.base);
  const directories = await glob(
    bases.map((b) => (b === "" ? "**" : `${escapePath(b)}/**`)),
    { cwd: root, onlyDirectories: true, followSymbolicLinks: false, expandDirectories: false },
  );
  const found: string[] = [];
  for (const directory of [...new Set(["", ...directories.map((d) => d.replace(/\/$/, ""))])]) {
    const entries = await readdir(resolve(root, directory), { withFileTypes: true }).catch(
      () => [],
    );
    for (const entry of entries) {
      const path = posix.join(directory, entry.name);
      if (entry.isSymbolicLink() && isItem(path)) found.push(path);
    }
  }
  for (const path of literal) {
    const info = await lstat(resolve(root, path)).catch(() => undefined);
    if (info?.isSymbolicLink()) found.push(path);
  }
  return found;
}

/** One repository-relative file from the workspace; missing → undefined. */
export async function readWorkspaceFile(root: string, path: string): Promise<SourceFile>;
export async function readWorkspaceFile(
  root: string,
  path: string,
  optional: true,
): Promise<SourceFile | undefined>;
export async function readWorkspaceFile(
  root: string,
  path: string,
  optional = false,
): Promise<SourceFile | undefined> {
  const absolute = resolve(root, path);
  const unreadable = (reason: string): SourceFile => ({ path, content: "", unreadable: reason });
  try {
    await lstat(absolute);
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    return unreadable(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let target: string;
  try {
    target = await realpath(absolute);
  } catch {
    return unreadable("it is a symbolic link to nothing");
  }
  if (!inside(await realpath(root), target)) {
    return unreadable("it is a symbolic link to a file outside the repository");
  }
  const info = await stat(target);
  if (!info.isFile()) return unreadable("it is not a regular file");
  if (info.size > READ_CAP_BYTES) return unreadable(`it is ${info.size} bytes, far past any limit`);
  return { path, content: new Uint8Array(await readFile(target)) };
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
