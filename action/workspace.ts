import { lstat, realpath } from "node:fs/promises";
import { resolve } from "node:path";
import type { SourceFile } from "../core/source.js";
import { globItemFiles } from "../local/glob-files.js";
import { isInside, readSource, type Boundary } from "../local/read-source.js";

/** The checked-out workspace as the boundary no file is read past (the CLI's reader, shared). */
export async function workspaceBoundary(workspace: string): Promise<Boundary> {
  const root = await realpath(workspace);
  return { cwd: root, root, realRoot: root, realpaths: new Map(), stats: new Map() };
}

/**
 * Item files in the workspace that match the globs, sorted by path. A symbolic link is followed
 * only to a file inside the workspace; one that leads out is handed over as unreadable, so it is
 * a finding and its target is never read. A glob names files as the App matches tree paths: a
 * folder's name matches the folder, not the files in it.
 */
export async function readWorkspaceItems(
  workspace: string,
  globs: readonly string[],
): Promise<SourceFile[]> {
  const boundary = await workspaceBoundary(workspace);
  const files = await globItemFiles(globs, boundary, "Item path", boundary.root, {
    expandDirectories: false,
  });
  return files.map((abs) => readSource(abs, boundary));
}

/** One repository-relative file of the workspace, as the CLI reads it; missing → undefined. */
export async function readWorkspaceFile(
  workspace: string,
  path: string,
): Promise<SourceFile | undefined> {
  const boundary = await workspaceBoundary(workspace);
  const abs = resolve(boundary.root, path);
  // The CLI reads a file named outside the repository; the workspace's files stay inside it.
  if (!isInside(abs, boundary.root))
    return { path, content: "", unreadable: "it is outside the repository" };
  try {
    await lstat(abs);
  } catch (error) {
    // Only a file that is not there is "no policy"; any other failure is a finding.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
  }
  return readSource(abs, boundary);
}
