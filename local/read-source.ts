import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from "node:fs";
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
  /** What lstat said of files that are not symlinks: their stat, so it is not asked again. */
  stats?: Map<string, Stats>;
}

/**
 * The file's real path (symlinks resolved), asked of the system once per run. A file that is not
 * a symlink is its resolved folder plus its name: one lstat instead of a realpath, which walks
 * every component of the path, and the folder's realpath is shared by all its files.
 * `abs` is absolute and normalised (path.resolve), as every caller passes it.
 */
export function realpathOf(abs: string, boundary: Boundary): string {
  const cached = boundary.realpaths?.get(abs);
  if (cached !== undefined) return cached;
  const info = lstatSync(abs);
  let real: string;
  if (info.isSymbolicLink()) real = realpathSync.native(abs);
  else {
    // Normalised, so the folder and the name are a cut at the last separator.
    const cut = abs.lastIndexOf(sep);
    const folder = cut === 0 ? sep : abs.slice(0, cut);
    let realFolder = boundary.realpaths?.get(folder);
    if (realFolder === undefined) {
      realFolder = realpathSync.native(folder);
      boundary.realpaths?.set(folder, realFolder);
    }
    real = (realFolder.endsWith(sep) ? realFolder : realFolder + sep) + abs.slice(cut + 1);
    boundary.stats?.set(abs, info);
  }
  boundary.realpaths?.set(abs, real);
  return real;
}

/** Finding paths are relative to cwd, with `/` on every platform. */
export function displayPath(cwd: string, abs: string): string {
  // The common case, a file below cwd on a POSIX system, needs no path arithmetic.
  if (sep === "/" && abs.startsWith(cwd.endsWith("/") ? cwd : `${cwd}/`) && !abs.includes("/."))
    return abs.slice(cwd.endsWith("/") ? cwd.length : cwd.length + 1);
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
    const info = boundary.stats?.get(abs) ?? statSync(real);
    if (!info.isFile()) return unreadable("not a regular file");
    if (info.size > MAX_READ_BYTES) return unreadable(`too large to read (${info.size} bytes)`);
    // Node decodes UTF-8 fastest itself, but replaces bad bytes with U+FFFD without a word; only
    // then are the bytes read again, for the engine to find and report the first bad one.
    const text = readFileSync(real, "utf8");
    return { path, content: text.includes("\uFFFD") ? readFileSync(real) : text };
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
