import { createHash } from "node:crypto";
import type {
  Account,
  ChangedFile,
  OrgMembership,
  FileLocation,
  GitHubPort,
  Issue,
  IssueComment,
  Permission,
  RemoteFile,
  Review,
  TreeEntry,
} from "../../core/port.js";
import type { SourceFile } from "../../core/source.js";
import { PortError } from "../../core/port.js";
import type { PullRequestInfo } from "../../core/pull-request/pull-request.js";

/** An in-memory GitHub for unit tests of the shared PR evaluation: commits are path → text maps. */
export class MemoryPort implements GitHubPort {
  readonly owner = "octo";
  readonly repo = "roadmap";
  readonly commits = new Map<string, Record<string, string>>();
  changed: ChangedFile[] = [];
  reviewList: Review[] = [];
  permissions: Record<string, Permission> = {};
  teams: Record<string, string[] | "forbidden"> = {};
  pulls = new Map<number, PullRequestInfo>();
  issues = new Map<number, Issue>();
  comments = new Map<number, IssueComment[]>();
  calls: string[] = [];

  commit(sha: string, files: Record<string, string>): this {
    this.commits.set(sha, files);
    return this;
  }

  async readFiles(ref: string, paths: readonly string[]): Promise<Map<string, RemoteFile | null>> {
    this.calls.push("readFiles");
    return this.contents(ref, paths);
  }

  async readFilesAndBlobIds(
    ref: string,
    paths: readonly string[],
    pairs: readonly { ref: string; path: string }[],
    also?: { ref: string; paths: readonly string[] },
  ): Promise<{
    files: Map<string, RemoteFile | null>;
    blobs: Map<string, string | null>;
    alsoFiles: Map<string, RemoteFile | null>;
  }> {
    this.calls.push("readFilesAndBlobIds");
    return {
      files: this.contents(ref, paths),
      blobs: this.blobsOf(pairs),
      alsoFiles: also ? this.contents(also.ref, also.paths) : new Map(),
    };
  }

  async blobIds(
    pairs: readonly { ref: string; path: string }[],
  ): Promise<Map<string, string | null>> {
    this.calls.push("blobIds");
    return this.blobsOf(pairs);
  }

  private contents(ref: string, paths: readonly string[]): Map<string, RemoteFile | null> {
    const files = this.commits.get(ref) ?? {};
    return new Map(
      paths.map((p) => {
        const text = files[p];
        return [
          p,
          text === undefined ? null : { path: p, text, byteSize: text.length, blobId: blob(text) },
        ];
      }),
    );
  }

  private blobsOf(pairs: readonly { ref: string; path: string }[]): Map<string, string | null> {
    return new Map(
      pairs.map(({ ref, path }) => {
        const text = this.commits.get(ref)?.[path];
        return [`${ref}:${path}`, text === undefined ? null : blob(text)];
      }),
    );
  }

  /** This repository's files only; a ref is a commit of `commit()`. */
  async readRawFile(at: FileLocation): Promise<SourceFile | null> {
    this.calls.push("readRawFile");
    const text = this.commits.get(at.ref ?? "")?.[at.path];
    return at.owner !== this.owner || at.repo !== this.repo || text === undefined
      ? null
      : { path: at.path, content: text };
  }

  async listPaths(ref: string): Promise<string[]> {
    this.calls.push("listPaths");
    return Object.keys(this.commits.get(ref) ?? {});
  }

  /** Files only (the memory has no symlinks or submodules), with their blob ids. */
  async tree(ref: string): Promise<TreeEntry[]> {
    this.calls.push("tree");
    return Object.entries(this.commits.get(ref) ?? {}).map(([path, text]) => ({
      path,
      kind: "file",
      sha: blob(text),
    }));
  }

  /** The base itself: the memory keeps no history. */
  async mergeBase(base: string): Promise<string> {
    this.calls.push("mergeBase");
    return base;
  }

  async pullRequest(pullNumber: number): Promise<PullRequestInfo> {
    this.calls.push("pullRequest");
    const pull = this.pulls.get(pullNumber);
    if (!pull) throw new PortError("not-found", `GET /repos/octo/roadmap/pulls/${pullNumber}: 404`);
    return pull;
  }

  async openPullRequestsAt(sha: string): Promise<PullRequestInfo[]> {
    this.calls.push("openPullRequestsAt");
    return [...this.pulls.values()].filter((pull) => pull.headSha === sha);
  }

  /** No merge queue in memory. */
  async mergeQueue(): Promise<{ branchHead: string | null; queuedHead: string | null }> {
    this.calls.push("mergeQueue");
    return { branchHead: null, queuedHead: null };
  }

  async pullRequestFiles(): Promise<ChangedFile[]> {
    this.calls.push("pullRequestFiles");
    return this.changed;
  }

  /** Every path that differs between the two commits (no renames). */
  async compareFiles(base: string, head: string): Promise<ChangedFile[]> {
    this.calls.push("compareFiles");
    const before = this.commits.get(base) ?? {};
    const after = this.commits.get(head) ?? {};
    const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return paths.flatMap((path): ChangedFile[] => {
      if (before[path] === after[path]) return [];
      const status =
        before[path] === undefined ? "added" : after[path] === undefined ? "removed" : "modified";
      return [{ path, status }];
    });
  }

  async reviews(): Promise<Review[]> {
    this.calls.push("reviews");
    return this.reviewList;
  }

  async issue(issueNumber: number): Promise<Issue | undefined> {
    this.calls.push("issue");
    return this.issues.get(issueNumber);
  }

  async issueComments(issueNumber: number): Promise<IssueComment[]> {
    this.calls.push("issueComments");
    return this.comments.get(issueNumber) ?? [];
  }

  async createIssueComment(issueNumber: number, body: string): Promise<void> {
    this.calls.push("createIssueComment");
    const id = 1 + Math.max(0, ...[...this.comments.values()].flat().map((c) => c.id));
    this.comments.set(issueNumber, [
      ...(this.comments.get(issueNumber) ?? []),
      { id, login: "roadmap-gate[bot]", body },
    ]);
  }

  async updateIssueComment(commentId: number, body: string): Promise<void> {
    this.calls.push("updateIssueComment");
    const comment = this.comment(commentId);
    comment.body = body;
  }

  async deleteIssueComment(commentId: number): Promise<void> {
    this.calls.push("deleteIssueComment");
    this.comment(commentId);
    for (const [issue, list] of this.comments)
      this.comments.set(
        issue,
        list.filter((c) => c.id !== commentId),
      );
  }

  private comment(commentId: number): IssueComment {
    for (const list of this.comments.values())
      for (const comment of list) if (comment.id === commentId) return comment;
    throw new PortError("not-found", `comment ${commentId}: 404`);
  }

  async permission(login: string): Promise<Permission> {
    this.calls.push("permission");
    return this.permissions[login] ?? "none";
  }

  async isTeamMember(org: string, slug: string, login: string): Promise<boolean> {
    this.calls.push("isTeamMember");
    const members = this.teams[`${org}/${slug}`];
    if (members === "forbidden")
      throw new PortError("forbidden", `GET /orgs/${org}/teams/${slug}/memberships: 403`);
    return (members ?? []).includes(login);
  }

  /** Accounts by lower-case login; absent answers null (404). */
  accounts: Record<string, Account["type"]> = {};
  /** Members of each organisation (lower case), or how a blind token is answered. */
  orgMembers: Record<string, string[] | { hidden: 302 | 403 }> = {};
  /** Logins whose lookups fail as GitHub not answering. */
  unanswered = new Set<string>();

  async account(login: string): Promise<Account | null> {
    this.calls.push(`account:${login}`);
    if (this.unanswered.has(login.toLowerCase()))
      throw new PortError("network", `GET /users/${login} could not be reached`);
    const type = this.accounts[login.toLowerCase()];
    return type ? { login, type } : null;
  }

  async orgMembership(org: string, login: string): Promise<OrgMembership> {
    this.calls.push(`orgMembership:${org}/${login}`);
    if (this.unanswered.has(login.toLowerCase()))
      throw new PortError("network", `GET /orgs/${org}/members/${login} could not be reached`);
    const members = this.orgMembers[org.toLowerCase()] ?? [];
    if (!Array.isArray(members)) return { state: "hidden", status: members.hidden };
    return { state: members.includes(login.toLowerCase()) ? "member" : "not-member" };
  }

  async teamExists(org: string, slug: string): Promise<boolean> {
    this.calls.push(`teamExists:${org}/${slug}`);
    return this.teams[`${org}/${slug}`] !== undefined;
  }
}

function blob(text: string): string {
  return createHash("sha1")
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest("hex");
}
