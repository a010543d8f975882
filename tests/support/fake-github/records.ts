/** The records a fake repository holds. Tests may read and change them directly. */

export interface Actor {
  login: string;
  type: "Bot" | "User";
}

export type Role = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "DISMISSED" | "COMMENTED" | "PENDING";

export interface FakePullRequest {
  number: number;
  title: string;
  body: string;
  author: string;
  authorType: "Bot" | "User";
  /** Base branch name. */
  base: string;
  baseSha: string;
  /** Head branch name. */
  head: string;
  headSha: string;
  labels: string[];
  draft: boolean;
  state: "open" | "closed";
  merged: boolean;
  /** In a merge queue: the queue's commit for it (GraphQL `mergeQueueEntry.headCommit`). */
  mergeQueueHeadSha?: string;
}

export interface FakeReview {
  id: number;
  login: string;
  state: ReviewState;
  commitId: string;
  submittedAt: string;
  body: string;
  type: "User" | "Bot";
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  author: string;
  state: "open" | "closed";
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: Actor;
  createdAt: string;
  updatedAt: string;
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

/** A check run as written through the API; `output.annotations` gathers every POST and PATCH. */
export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
  conclusion: string | null;
  external_id: string | null;
  details_url: string | null;
  started_at: string | null;
  completed_at: string | null;
  output: {
    title: string | null;
    summary: string | null;
    text: string | null;
    annotations: CheckRunAnnotation[];
  };
  actions: unknown[];
  /** Who wrote it: the app's bot for an installation token. */
  createdBy: Actor;
  /** Every request body that created or updated it, in order. */
  writes: Record<string, unknown>[];
}

export interface FakeTeamMember {
  login: string;
  role?: "member" | "maintainer";
  state?: "active" | "pending";
}

export interface FakeTeam {
  org: string;
  slug: string;
  members: FakeTeamMember[];
  /** Answer 403 to membership queries, like a GITHUB_TOKEN that cannot read teams. */
  forbidden: boolean;
  /**
   * Answer 404 to membership and team queries: what GitHub answers a token that cannot see the
   * organisation's teams (a workflow's GITHUB_TOKEN), as if the team did not exist.
   */
  hidden: boolean;
}
