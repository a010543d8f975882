import type { Review } from "../port.js";

/**
 * What GitHub says about a pull request, fetched through the port by gather-sign-off-facts.ts,
 * so that verification itself (verify-sign-off.ts) is a pure function.
 */
export interface SignOffFacts {
  pullNumber: number;
  /** The PR author's login; never counts as a reviewer. */
  author: string;
  headSha: string;
  reviews: Review[];
  /** Blob id of an item file at a commit. Key `${commit}:${path}`; null = missing at that commit. */
  blobs: Map<string, string | null>;
  /**
   * Whether a login (lower-case) may sign off under the policy's reviewers, or why that could not
   * be told (e.g. the token cannot read team membership): the check then fails closed.
   */
  authority: Map<string, { authorised: boolean; reason?: string; error?: string }>;
  /** Paths of the item files the PR changes: only these are verified against its reviews. */
  changedPaths: Set<string>;
}
