import type { TreeEntry } from "./git-objects.js";

export interface FileDiff {
  filename: string;
  status: "added" | "modified" | "removed" | "renamed";
  previous_filename?: string;
  sha: string;
  additions: number;
  deletions: number;
  changes: number;
}

type Snapshot = ReadonlyMap<string, TreeEntry>;

/** Snapshots never change, so a diff is computed once: a 3,000-file list is asked page by page. */
const diffs = new WeakMap<Snapshot, WeakMap<Snapshot, readonly FileDiff[]>>();

/** What changes from base to head, as GitHub's compare and pull request files report it. */
export function diffSnapshots(base: Snapshot, head: Snapshot): readonly FileDiff[] {
  const byHead = diffs.get(base) ?? new WeakMap<Snapshot, readonly FileDiff[]>();
  diffs.set(base, byHead);
  const known = byHead.get(head);
  if (known) return known;
  const diff = computeDiff(base, head);
  byHead.set(head, diff);
  return diff;
}

function computeDiff(base: Snapshot, head: Snapshot): FileDiff[] {
  const added: string[] = [];
  const removed: string[] = [];
  const diffs: FileDiff[] = [];
  for (const [path, entry] of head) {
    const before = base.get(path);
    if (!before) added.push(path);
    else if (before.sha !== entry.sha) diffs.push(change(path, "modified", before, entry));
  }
  for (const path of base.keys()) if (!head.has(path)) removed.push(path);

  // A removed and an added path with the same blob is a rename, as git's exact rename detection.
  const removedBySha = new Map<string, string[]>();
  for (const path of removed) {
    const sha = base.get(path)!.sha;
    removedBySha.set(sha, [...(removedBySha.get(sha) ?? []), path]);
  }
  const renamedFrom = new Set<string>();
  for (const path of added) {
    const entry = head.get(path)!;
    const from = removedBySha.get(entry.sha)?.shift();
    if (from !== undefined) {
      renamedFrom.add(from);
      diffs.push({ ...change(path, "renamed", base.get(from), entry), previous_filename: from });
    } else {
      diffs.push(change(path, "added", undefined, entry));
    }
  }
  for (const path of removed) {
    if (!renamedFrom.has(path)) diffs.push(change(path, "removed", base.get(path), undefined));
  }
  return diffs.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}

function change(
  filename: string,
  status: FileDiff["status"],
  before: TreeEntry | undefined,
  after: TreeEntry | undefined,
): FileDiff {
  const deletions = status === "renamed" ? 0 : lineCount(before);
  const additions = status === "renamed" ? 0 : lineCount(after);
  return {
    filename,
    status,
    sha: (after ?? before)?.sha ?? "",
    additions,
    deletions,
    changes: additions + deletions,
  };
}

function lineCount(entry: TreeEntry | undefined): number {
  if (entry?.type !== "blob" || entry.content.length === 0) return 0;
  return entry.content.toString("utf8").split("\n").length;
}
