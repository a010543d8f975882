import picomatch from "picomatch";
import type { Policy } from "../../core/policy/policy.js";
import type { GitHubPort, RemoteFile } from "../../core/port.js";
import type { SourceFile } from "../../core/source.js";

/**
 * Every item file at a ref, and the policy's SLO files (undefined when it names none): one tree
 * listing and one batched read, whatever the number of files.
 */
export async function readRoadmap(
  port: GitHubPort,
  ref: string,
  policy: Policy,
): Promise<{ files: SourceFile[]; sloFiles?: SourceFile[] }> {
  const isItem = picomatch(policy.paths);
  const isSlo = policy.slo.files.length > 0 ? picomatch(policy.slo.files) : undefined;
  const tree = await port.listPaths(ref);
  const paths = tree.filter((p) => isItem(p));
  const sloPaths = isSlo ? tree.filter((p) => isSlo(p)) : [];
  const read = await readItems(port, ref, [...new Set([...paths, ...sloPaths])]);
  const slos = new Set(sloPaths);
  return {
    files: read.filter((f) => !slos.has(f.path) || isItem(f.path)),
    ...(isSlo ? { sloFiles: read.filter((f) => slos.has(f.path)) } : {}),
  };
}

/** The given item paths at a ref; a path missing there is left out. */
export async function readItems(
  port: GitHubPort,
  ref: string,
  paths: readonly string[],
): Promise<SourceFile[]> {
  if (paths.length === 0) return [];
  const contents = await port.readFiles(ref, paths);
  return paths.flatMap((path) => {
    const remote = contents.get(path);
    return remote ? [toSource(path, remote)] : [];
  });
}

function toSource(path: string, remote: RemoteFile): SourceFile {
  if (remote.tooLarge) return { path, content: "", tooLarge: remote.byteSize };
  if (remote.text === null) return { path, content: "", unreadable: "binary file, not text" };
  return { path, content: remote.text };
}
