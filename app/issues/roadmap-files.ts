import picomatch from "picomatch";
import { loadItem } from "../../core/item/load-item.js";
import type { Policy } from "../../core/policy/policy.js";
import type { GitHubPort, RemoteFile } from "../../core/port.js";
import { readOptionsFrom } from "../../core/parse/read-options.js";
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

/** The issue an item names in `issue:`, if it can be read at all. */
export function trackingIssue(file: SourceFile, policy: Policy): number | undefined {
  const loaded = loadItem(file, policy.limits.max_file_bytes, readOptionsFrom(process.env));
  const issue = loaded.ok ? loaded.data.issue : undefined;
  return typeof issue === "number" && Number.isInteger(issue) && issue > 0 ? issue : undefined;
}

function toSource(path: string, remote: RemoteFile): SourceFile {
  if (remote.text === null) return { path, content: "", unreadable: "binary file, not text" };
  return { path, content: remote.text };
}
