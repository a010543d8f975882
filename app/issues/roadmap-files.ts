import picomatch from "picomatch";
import type { Policy } from "../../core/policy/policy.js";
import type { GitHubPort, RemoteFile } from "../../core/port.js";
import type { SourceFile } from "../../core/source.js";

/** Every item file at a ref: one tree listing and one batched read, whatever the number of items. */
export async function readRoadmap(
  port: GitHubPort,
  ref: string,
  policy: Policy,
): Promise<SourceFile[]> {
  const isItem = picomatch(policy.paths);
  const paths = (await port.listPaths(ref)).filter((p) => isItem(p));
  return readItems(port, ref, paths);
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
  if (remote.text === null) return { path, content: "", unreadable: "binary file, not text" };
  return { path, content: remote.text };
}
