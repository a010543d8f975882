import { createHash } from "node:crypto";

/** One entry of a commit's flat snapshot, keyed by its full path. */
export type TreeEntry =
  | {
      type: "blob";
      mode: "100644" | "120000";
      content: Buffer;
      sha: string;
      /** A size GitHub reports for this blob without the test allocating it (see FileChange). */
      declaredSize?: number;
    }
  | { type: "commit"; mode: "160000"; sha: string };

/** A path as it appears in a (recursive) git tree listing, directories included. */
export interface ListedEntry {
  path: string;
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string;
  size?: number;
}

/** The real git blob id of content, so tests can compare with `git hash-object`. */
export function blobSha(content: Buffer): string {
  return sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]));
}

/** A unique commit id: real git ids depend on author and time, which the fake has no use for. */
export function commitSha(parts: readonly string[]): string {
  return sha1(Buffer.from(`commit\0${parts.join("\0")}`));
}

/** GitHub's GraphQL `text` is null for content that is not UTF-8 or that holds a NUL byte. */
export function isBinaryContent(content: Buffer): boolean {
  if (content.includes(0)) return true;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(content);
    return false;
  } catch {
    return true;
  }
}

/** A commit's snapshot never changes, so its listing is built once (3,000-file pull requests). */
const listed = new WeakMap<
  ReadonlyMap<string, TreeEntry>,
  { sha: string; entries: ListedEntry[] }
>();

/** Builds the real git tree ids of a snapshot: the root's and every directory's. */
export function listTree(files: ReadonlyMap<string, TreeEntry>): {
  sha: string;
  entries: readonly ListedEntry[];
} {
  const known = listed.get(files);
  if (known) return known;
  const built = buildTree(files);
  listed.set(files, built);
  return built;
}

function buildTree(files: ReadonlyMap<string, TreeEntry>): { sha: string; entries: ListedEntry[] } {
  const root = new Dir();
  for (const [path, entry] of files) root.insert(path.split("/"), entry);
  const entries: ListedEntry[] = [];
  const sha = root.hash("", entries);
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { sha, entries };
}

class Dir {
  readonly children = new Map<string, Dir | TreeEntry>();

  insert(segments: string[], entry: TreeEntry): void {
    const [head, ...rest] = segments;
    if (head === undefined) return;
    if (rest.length === 0) {
      this.children.set(head, entry);
      return;
    }
    let child = this.children.get(head);
    if (!(child instanceof Dir)) {
      child = new Dir();
      this.children.set(head, child);
    }
    child.insert(rest, entry);
  }

  /** Returns this directory's tree id, pushing every entry below it (with full paths) to out. */
  hash(prefix: string, out: ListedEntry[]): string {
    // git orders tree entries by name, comparing a directory's name as if it ended in "/".
    const named = [...this.children].map(([name, child]) => ({
      name,
      child,
      key: child instanceof Dir ? `${name}/` : name,
    }));
    named.sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
    const parts: Buffer[] = [];
    for (const { name, child } of named) {
      const path = prefix + name;
      if (child instanceof Dir) {
        const sha = child.hash(`${path}/`, out);
        out.push({ path, mode: "040000", type: "tree", sha });
        parts.push(Buffer.from(`40000 ${name}\0`), Buffer.from(sha, "hex"));
      } else {
        out.push({
          path,
          mode: child.mode,
          type: child.type,
          sha: child.sha,
          ...(child.type === "blob" ? { size: blobSize(child) } : {}),
        });
        parts.push(Buffer.from(`${child.mode} ${name}\0`), Buffer.from(child.sha, "hex"));
      }
    }
    const body = Buffer.concat(parts);
    return sha1(Buffer.concat([Buffer.from(`tree ${body.length}\0`), body]));
  }
}

function sha1(data: Buffer): string {
  return createHash("sha1").update(data).digest("hex");
}

/** A blob's size as GitHub reports it. */
export function blobSize(entry: { content: Buffer; declaredSize?: number }): number {
  return entry.declaredSize ?? entry.content.length;
}

/** A blob's bytes: its content, repeated up to its declared size (made only when asked for). */
export function blobBytes(
  entry: { content: Buffer; declaredSize?: number },
  upTo = Infinity,
): Buffer {
  const size = Math.min(blobSize(entry), upTo);
  if (entry.declaredSize === undefined) return entry.content.subarray(0, size);
  return Buffer.alloc(size, entry.content);
}
