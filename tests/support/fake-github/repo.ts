import { diffSnapshots } from "./diff.js";
import { blobSha, commitSha, listTree, type TreeEntry } from "./git-objects.js";
import type {
  FakeCheckRun,
  FakeComment,
  FakeIssue,
  FakePullRequest,
  FakeReview,
  ReviewState,
  Role,
} from "./records.js";

/** A file's new content, a symlink or submodule, or null to delete it. */
export type FileChange =
  | string
  | Buffer
  | null
  | { symlink: string }
  | { submodule: string }
  /** A file GitHub says is `size` bytes: `pattern` repeated, made only when its bytes are sent. */
  | { declaredSize: number; pattern: string };

export interface FakeCommit {
  sha: string;
  parents: string[];
  message: string;
  files: ReadonlyMap<string, TreeEntry>;
  treeSha: string;
  date: string;
}

export interface CommitOptions {
  /** Defaults to the head of `branch` (or of the default branch when neither is given). */
  parent?: string;
  /** Branch to move to the new commit. Defaults to the default branch when no parent is given. */
  branch?: string;
  message?: string;
}

export interface PullRequestOptions {
  number?: number;
  title?: string;
  body?: string;
  author: string;
  authorType?: "Bot" | "User";
  base?: string;
  baseSha: string;
  head?: string;
  headSha: string;
  labels?: string[];
  draft?: boolean;
  state?: "open" | "closed";
}

export interface IssueOptions {
  number?: number;
  title: string;
  body?: string;
  labels?: string[];
  author?: string;
  state?: "open" | "closed";
}

/** What a repository needs from the fake it lives in: unique ids and a clock. */
export interface RepoServices {
  nextId(): number;
  now(): string;
}

export class FakeRepo {
  readonly id: number;
  readonly branches = new Map<string, string>();
  /** Lightweight tags: name → commit id. */
  readonly tags = new Map<string, string>();
  readonly commits = new Map<string, FakeCommit>();
  readonly pullRequests = new Map<number, FakePullRequest>();
  readonly issues = new Map<number, FakeIssue>();
  readonly reviewsByPull = new Map<number, FakeReview[]>();
  readonly allComments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly permissions = new Map<string, Role>();
  /** Report every git tree of this repository as truncated, like GitHub past 100,000 entries. */
  truncateTrees = false;
  private commitCount = 0;

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly defaultBranch: string,
    readonly isPrivate: boolean,
    private readonly services: RepoServices,
  ) {
    this.id = services.nextId();
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** Records a full snapshot: the parent's files with `files` applied. Returns the commit id. */
  commit(files: Record<string, FileChange>, options: CommitOptions = {}): string {
    const branch =
      options.branch ?? (options.parent === undefined ? this.defaultBranch : undefined);
    const parentSha =
      options.parent ?? (branch !== undefined ? this.branches.get(branch) : undefined);
    const parent = parentSha === undefined ? undefined : this.commitAt(parentSha);
    if (parentSha !== undefined && !parent)
      throw new Error(`no commit ${parentSha} in ${this.fullName}`);
    const snapshot = new Map(parent?.files ?? []);
    for (const [path, change] of Object.entries(files)) {
      if (change === null) snapshot.delete(path);
      else snapshot.set(path, toEntry(change));
    }
    const { sha: treeSha } = listTree(snapshot);
    const message = options.message ?? `Commit ${this.commitCount + 1}`;
    const parents = parent ? [parent.sha] : [];
    const sha = commitSha([
      this.fullName,
      String(++this.commitCount),
      treeSha,
      ...parents,
      message,
    ]);
    this.commits.set(sha, {
      sha,
      parents,
      message,
      files: snapshot,
      treeSha,
      date: this.services.now(),
    });
    if (branch !== undefined) this.branches.set(branch, sha);
    return sha;
  }

  /** The commit id a branch points at. */
  branch(name: string): string {
    const sha = this.branches.get(name);
    if (sha === undefined) throw new Error(`no branch ${name} in ${this.fullName}`);
    return sha;
  }

  setBranch(name: string, sha: string): void {
    this.commitAt(sha);
    this.branches.set(name, sha);
  }

  /** Points a lightweight tag at a commit. */
  setTag(name: string, sha: string): void {
    this.commitAt(sha);
    this.tags.set(name, sha);
  }

  /**
   * Resolves a commit id, `refs/heads/…`, `heads/…`, `refs/tags/…`, `tags/…`, `HEAD` or a bare
   * name; undefined when unknown. A bare name that is both a tag and a branch is the tag, as git's
   * rev-parse rules read it (refs/tags/<name> comes before refs/heads/<name>).
   */
  resolve(ref: string): FakeCommit | undefined {
    const byId = this.commits.get(ref.toLowerCase());
    if (byId) return byId;
    const at = (sha: string | undefined) => (sha === undefined ? undefined : this.commits.get(sha));
    if (ref === "HEAD") return at(this.branches.get(this.defaultBranch));
    const branch = /^(?:refs\/)?heads\/(.+)$/.exec(ref);
    if (branch) return at(this.branches.get(branch[1]!));
    const tag = /^(?:refs\/)?tags\/(.+)$/.exec(ref);
    if (tag) return at(this.tags.get(tag[1]!));
    return at(this.tags.get(ref) ?? this.branches.get(ref));
  }

  /** The nearest commit both reach through their parents (git merge-base); undefined when none. */
  mergeBase(a: string, b: string): string | undefined {
    const reached = new Set<string>();
    for (let queue = [a]; queue.length > 0;) {
      const sha = queue.shift()!;
      if (reached.has(sha)) continue;
      reached.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    const seen = new Set<string>();
    for (let queue = [b]; queue.length > 0;) {
      const sha = queue.shift()!;
      if (reached.has(sha)) return sha;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return undefined;
  }

  /** How many files a pull request changes: GitHub's `changed_files`, which its file list may not reach. */
  changedFileCount(pull: FakePullRequest): number {
    const base = this.resolve(pull.baseSha);
    const head = this.resolve(pull.headSha);
    return base && head ? diffSnapshots(base.files, head.files).length : 0;
  }

  /** A file's entry at a ref; undefined when the ref or the path is unknown. */
  entryAt(ref: string, path: string): TreeEntry | undefined {
    return this.resolve(ref)?.files.get(path);
  }

  addPullRequest(options: PullRequestOptions): FakePullRequest {
    const number = options.number ?? this.nextNumber();
    this.assertNumberFree(number);
    const pull: FakePullRequest = {
      number,
      title: options.title ?? `Pull request ${number}`,
      body: options.body ?? "",
      author: options.author,
      authorType: options.authorType ?? "User",
      base: options.base ?? this.defaultBranch,
      baseSha: options.baseSha,
      head: options.head ?? `pr-${number}`,
      headSha: options.headSha,
      labels: options.labels ?? [],
      draft: options.draft ?? false,
      state: options.state ?? "open",
      merged: false,
    };
    this.pullRequests.set(number, pull);
    return pull;
  }

  addReview(
    pullNumber: number,
    review: {
      login: string;
      state: ReviewState;
      commitId: string;
      submittedAt?: string;
      body?: string;
      /** GitHub's user type of the reviewer; default: "Bot" for a `[bot]` login, else "User". */
      type?: "User" | "Bot";
    },
  ): FakeReview {
    if (!this.pullRequests.has(pullNumber)) throw new Error(`no pull request #${pullNumber}`);
    const record: FakeReview = {
      id: this.services.nextId(),
      login: review.login,
      state: review.state,
      commitId: review.commitId,
      submittedAt: review.submittedAt ?? this.services.now(),
      body: review.body ?? "",
      type: review.type ?? (review.login.endsWith("[bot]") ? "Bot" : "User"),
    };
    this.reviewsByPull.set(pullNumber, [...this.reviews(pullNumber), record]);
    return record;
  }

  reviews(pullNumber: number): FakeReview[] {
    return this.reviewsByPull.get(pullNumber) ?? [];
  }

  setPermission(login: string, role: Role): void {
    this.permissions.set(login.toLowerCase(), role);
  }

  addIssue(options: IssueOptions): FakeIssue {
    const number = options.number ?? this.nextNumber();
    this.assertNumberFree(number);
    const issue: FakeIssue = {
      number,
      title: options.title,
      body: options.body ?? "",
      labels: options.labels ?? [],
      author: options.author ?? "octocat",
      state: options.state ?? "open",
    };
    this.issues.set(number, issue);
    return issue;
  }

  /** Adds a comment to an issue or a pull request, as if `login` wrote it. */
  addComment(
    issueNumber: number,
    comment: { login: string; body: string; type?: "Bot" | "User" },
  ): FakeComment {
    if (!this.hasIssueOrPull(issueNumber))
      throw new Error(`no issue or pull request #${issueNumber}`);
    const now = this.services.now();
    const record: FakeComment = {
      id: this.services.nextId(),
      issueNumber,
      body: comment.body,
      user: {
        login: comment.login,
        type: comment.type ?? (comment.login.endsWith("[bot]") ? "Bot" : "User"),
      },
      createdAt: now,
      updatedAt: now,
    };
    this.allComments.push(record);
    return record;
  }

  /** The comments on an issue or pull request, oldest first. */
  comments(issueNumber: number): FakeComment[] {
    return this.allComments.filter((c) => c.issueNumber === issueNumber);
  }

  deleteComment(id: number): boolean {
    const index = this.allComments.findIndex((c) => c.id === id);
    if (index < 0) return false;
    this.allComments.splice(index, 1);
    return true;
  }

  hasIssueOrPull(number: number): boolean {
    return this.issues.has(number) || this.pullRequests.has(number);
  }

  private commitAt(sha: string): FakeCommit {
    const commit = this.commits.get(sha);
    if (!commit) throw new Error(`no commit ${sha} in ${this.fullName}`);
    return commit;
  }

  private nextNumber(): number {
    return Math.max(0, ...this.issues.keys(), ...this.pullRequests.keys()) + 1;
  }

  private assertNumberFree(number: number): void {
    if (this.hasIssueOrPull(number))
      throw new Error(`#${number} already exists in ${this.fullName}`);
  }
}

function toEntry(change: Exclude<FileChange, null>): TreeEntry {
  if (typeof change === "object" && "submodule" in change) {
    return { type: "commit", mode: "160000", sha: change.submodule };
  }
  if (typeof change === "object" && "declaredSize" in change) {
    // A made-up id: the real one would need the whole content.
    const content = Buffer.from(change.pattern);
    const sha = blobSha(Buffer.concat([content, Buffer.from(`:${change.declaredSize}`)]));
    return { type: "blob", mode: "100644", content, sha, declaredSize: change.declaredSize };
  }
  const isLink = typeof change === "object" && "symlink" in change;
  const content = isLink ? Buffer.from(change.symlink) : Buffer.from(change);
  return { type: "blob", mode: isLink ? "120000" : "100644", content, sha: blobSha(content) };
}
