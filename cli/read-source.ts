import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import type { SourceFile } from "../core/source.js";

export const OUTSIDE_REPOSITORY = "symlink to a path outside the repository";

/** Bigger than any limit a policy would set; beyond it the file is not even read into memory. */
const MAX_READ_BYTES = 64 * 1024 * 1024;

export interface Boundary {
  cwd: string;
  /** The repository root as found (lexically) and as resolved. */
  root: string;
  realRoot: string;
  /** Resolved paths, shared by the steps that need them, so no file is resolved twice. */
  realpaths?: Map<string, string>;
}

/** The file's real path (symlinks resolved), asked of the system once per run. */
export function realpathOf(abs: string, boundary: Boundary): string {
  const cached = boundary.realpaths?.get(abs);
  if (cached !== undefined) return cached;
  const real = realpathSync.native(abs);
  boundary.realpaths?.set(abs, real);
  return real;
}

/** Finding paths are relative to cwd, with `/` on every platform. */
export function displayPath(cwd: string, abs: string): string {
  return relative(cwd, abs).split(sep).join("/");
}

export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * One file as bytes for the engine. A path in the repository that resolves outside it (a symlink,
 * or a symlinked folder on the way) is never read: a hostile repository must not get the CLI to
 * echo ~/.ssh into a finding. Any read failure becomes `unreadable`, a finding, never a crash.
 * Synchronous on purpose: for thousands of small files, sync calls beat a thread-pool round trip
 * per call several times over, and the CLI has nothing else to do meanwhile.
 */
export function readSource(abs: string, boundary: Boundary): SourceFile {
  const path = displayPath(boundary.cwd, abs);
  const unreadable = (reason: string): SourceFile => ({ path, content: "", unreadable: reason });
  try {
    const real = realpathOf(abs, boundary);
    if (isInside(abs, boundary.root) && !isInside(real, boundary.realRoot))
      return unreadable(OUTSIDE_REPOSITORY);
    const info = statSync(real);
    if (!info.isFile()) return unreadable("not a regular file");
    if (info.size > MAX_READ_BYTES) return unreadable(`too large to read (${info.size} bytes)`);
    return { path, content: readFileSync(real) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return unreadable(brokenLink(abs, boundary));
    return unreadable(`cannot be read (${code ?? String(error)})`);
  }
}

/** A dangling symlink says where it pointed, so one out of the repository is named as such. */
function brokenLink(abs: string, boundary: Boundary): string {
  try {
    if (!lstatSync(abs).isSymbolicLink()) return "the file does not exist";
    const target = resolve(dirname(abs), readlinkSync(abs));
    return isInside(target, boundary.root) ? "a broken symlink" : OUTSIDE_REPOSITORY;
  } catch {
    return "the file does not exist";
  }
}
