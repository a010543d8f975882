import { loadItem } from "../load/load-item.js";
import type { ReadOptions } from "../parse/read-options.js";
import type { Policy } from "../policy/policy.js";
import type { SourceFile } from "../source.js";

/**
 * The issue each item names in `issue:`, by path, for the items that can be read at all.
 * `onFile` is told each path first (see EvaluateInput.onFile); `read` says how files are read.
 */
export function trackingIssues(
  files: readonly SourceFile[],
  policy: Policy,
  onFile?: (path: string) => void,
  read?: ReadOptions,
): Record<string, number> {
  const issues: Record<string, number> = {};
  for (const file of files) {
    onFile?.(file.path);
    const loaded = loadItem(file, policy.limits.max_file_bytes, read);
    const issue = loaded.ok ? loaded.data.issue : undefined;
    if (typeof issue === "number" && Number.isInteger(issue) && issue > 0)
      issues[file.path] = issue;
  }
  return issues;
}
