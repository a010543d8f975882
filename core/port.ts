/**
 * The only way the engine's async helpers reach GitHub. The Action and the App each build one
 * (both from an Octokit, see github/github-port.ts); tests hand in fakes.
 * Every method throws a PortError on an API failure; callers never turn that into a pass.
 */
import type { SourceFile } from "./source.js";

export interface GitHubPort {
  readonly owner: string;
  readonly repo: string;
  /** Contents of many paths at one commit/ref, in one request (GraphQL aliases). Missing path → null. */
  readFiles(ref: string, paths: readonly string[]): Promise<Map<string, RemoteFile | null>>;
  /**
   * readFiles and blobIds in one request: GraphQL queries share the write slots GitHub asks
   * integrations to space a second apart, so one query instead of two saves a second.
   */
  readFilesAndBlobIds(
    ref: string,
    paths: readonly string[],
    pairs: readonly { ref: string; path: string }[],
    /** Contents at a second ref in the same request (the error-budget gate's base items). */
    also?: { ref: string; paths: readonly string[] },
  ): Promise<{
    files: Map<string, RemoteFile | null>;
    blobs: Map<string, string | null>;
    /** The `also` files by path; empty when none were asked. */
    alsoFiles: Map<string, RemoteFile | null>;
  }>;
  /** Blob ids of many (ref, path) pairs in one request. Key: `${ref}:${path}`; missing → null. */
  blobIds(pairs: readonly { ref: string; path: string }[]): Promise<Map<string, string | null>>;
  /**
   * One file of any repository this token can read, through the contents API (raw): a REST read,
   * so it takes no write slot of the App's throttle. Missing, or a repository the token cannot
   * see → null; a directory or submodule → a file marked unreadable. Absent ref = default branch.
   */
  readRawFile(at: FileLocation): Promise<SourceFile | null>;
  /** Every blob path in the tree at ref (recursive), for matching item globs. */
  listPaths(ref: string): Promise<string[]>;
  /**
   * Every file, symlink and submodule in the tree at ref (recursive; directories left out), with
   * its git object id. Throws PortError when GitHub truncates the tree: a partial list would hide
   * changes.
   */
  tree(ref: string): Promise<TreeEntry[]>;
  /** The commit the three-dot comparison `base...head` starts from (the compare API's merge base). */
  mergeBase(base: string, head: string): Promise<string>;
  /** A pull request as GitHub has it now: re-requests, rechecks and merge queues carry only its number. */
  pullRequest(pullNumber: number): Promise<PullRequestInfo>;
  /**
   * The open pull requests whose head is this commit (all pages of the open list, so pull requests
   * from forks count too). Several can share a head commit, and so its check run.
   */
  openPullRequestsAt(sha: string): Promise<PullRequestInfo[]>;
  /**
   * What GitHub says of a merge queue branch and a pull request, in one query: the commit the
   * branch points at, and the head commit of the pull request's merge queue entry (null when the
   * branch does not exist, or the pull request is not in a queue).
   */
  mergeQueue(
    branch: string,
    pullNumber: number,
  ): Promise<{ branchHead: string | null; queuedHead: string | null }>;
  /** Files a pull request changes (all pages). */
  pullRequestFiles(pullNumber: number): Promise<ChangedFile[]>;
  /**
   * Files changed between two commits (compare API, `base...head`); undefined when GitHub may have
   * cut the list (it lists at most 300 files), so a caller judges everything rather than too little.
   */
  compareFiles(base: string, head: string): Promise<ChangedFile[] | undefined>;
  /** Reviews of a pull request (all pages), oldest first. */
  reviews(pullNumber: number): Promise<Review[]>;
  /** An issue as it is now; undefined for a pull request or an issue that does not exist. */
  issue(issueNumber: number): Promise<Issue | undefined>;
  /** Comments on an issue (all pages), oldest first. */
  issueComments(issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(issueNumber: number, body: string): Promise<void>;
  updateIssueComment(commentId: number, body: string): Promise<void>;
  /** Throws PortError("not-found") when the comment is already gone. */
  deleteIssueComment(commentId: number): Promise<void>;
  /** A user's permission on this repository. */
  permission(login: string): Promise<Permission>;
  /** Whether login is an active member of org/team. Throws PortError("forbidden") when the token cannot tell. */
  isTeamMember(org: string, teamSlug: string, login: string): Promise<boolean>;
  /** A GitHub account by login (`GET /users/{username}`); null when GitHub answers 404. */
  account(login: string): Promise<Account | null>;
  /**
   * Whether login belongs to org (`GET /orgs/{org}/members/{username}`): 204 `member`, 404
   * `not-member`, and `hidden` when the token cannot see the organisation's members (302: the
   * requester is not a member; 403: the App lacks "Organization members: read").
   */
  orgMembership(org: string, login: string): Promise<OrgMembership>;
  /** Whether org has a team with this slug (`GET /orgs/{org}/teams/{team_slug}`: 200, or 404). */
  teamExists(org: string, teamSlug: string): Promise<boolean>;
}

/** GitHub's `type` of an account: people are `User`. */
export interface Account {
  login: string;
  type: "User" | "Organization" | "Bot";
}

export type OrgMembership =
  | { state: "member" | "not-member" }
  /** status: what GitHub answered (302 or 403), for the message that says what is missing. */
  | { state: "hidden"; status: number };

export interface FileLocation {
  owner: string;
  repo: string;
  path: string;
  /** A commit or branch; absent = the repository's default branch. */
  ref?: string;
}

export interface RemoteFile {
  path: string;
  /** null for binary content, and for a file not downloaded because it is too large. */
  text: string | null;
  byteSize: number;
  blobId: string;
  /** Not downloaded: its byteSize is over the port's limit (the policy's limits.max_file_bytes). */
  tooLarge?: boolean;
}

export interface TreeEntry {
  path: string;
  kind: "file" | "symlink" | "submodule";
  /** Blob id (a file's or a symlink's), or the submodule's commit id. */
  sha: string;
}

export interface ChangedFile {
  path: string;
  status: "added" | "modified" | "removed" | "renamed" | "copied" | "changed" | "unchanged";
  previousPath?: string;
}

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "DISMISSED" | "COMMENTED" | "PENDING";

export interface Review {
  login: string;
  state: ReviewState;
  /** The commit the review was made at. */
  commitId: string;
  submittedAt: string;
  /** GitHub says the reviewer is a bot (user type `Bot`): a bot's approval never counts. */
  bot?: boolean;
}

export interface Issue {
  number: number;
  body: string;
  labels: string[];
}

export interface IssueComment {
  id: number;
  /** The author's login; "ghost" for a deleted account. */
  login: string;
  body: string;
}

export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export type PortErrorKind =
  "forbidden" | "not-found" | "rate-limited" | "server" | "network" | "other";

/** An API failure, with a user-facing reason. Keeps the underlying error as `cause`. */
export class PortError extends Error {
  constructor(
    readonly kind: PortErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "PortError";
  }
}

/** A pull request as the shared evaluation needs it; surfaces build it from their event payloads. */
export interface PullRequestInfo {
  number: number;
  /** Login of the PR's author. */
  author: string;
  /** Base branch name, e.g. "main": the policy is read at this branch's current head. */
  baseRef: string;
  baseSha: string;
  headSha: string;
  body: string;
  labels: string[];
  /** GitHub's count of the files the pull request changes, when the payload has it (review events do not). */
  changedFiles?: number;
}
