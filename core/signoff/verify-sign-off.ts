import { login } from "../data/read.js";
import type { Review } from "../port.js";
import type { SignOffFacts } from "./facts.js";

export type Verification =
  { verified: true } | { verified: false; reason: string; failClosed?: boolean };

const DECISIVE = new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);

/**
 * Whether `handle` backed this item file with a GitHub approval (SPEC sections 6 and 10): not the
 * PR's author, not a bot, whose latest decisive review approved a commit where the item file is
 * byte-for-byte as at the head, and who has authority now. Authority is looked up only for such
 * approvers, so it is asked last. Pure: every fact was fetched beforehand through the port.
 */
export function verifyReviewer(
  handle: string,
  itemPath: string,
  facts: SignOffFacts,
): Verification {
  const who = login(handle);
  if (who === login(facts.author)) {
    return {
      verified: false,
      reason: `${handle} opened this pull request; an author cannot sign off their own item`,
    };
  }
  const latest = latestDecisiveReview(who, facts);
  if (who.endsWith("[bot]") || (latest && isBot(latest))) {
    return { verified: false, reason: `${handle} is a bot; a bot's approval never counts` };
  }
  if (!latest) return { verified: false, reason: `${handle} has not approved this pull request` };
  if (latest.state !== "APPROVED") {
    return {
      verified: false,
      reason: `${handle}'s latest review is ${latest.state.toLowerCase().replace("_", " ")}, not an approval`,
    };
  }
  const atHead = facts.blobs.get(`${facts.headSha}:${itemPath}`);
  const atReview = facts.blobs.get(`${latest.commitId}:${itemPath}`);
  if (!atHead || atHead !== atReview) {
    return {
      verified: false,
      reason: `${handle} approved ${latest.commitId.slice(0, 7)}, where ${itemPath} differs from the head; the approval is stale for this item`,
    };
  }
  const authority = facts.authority.get(who);
  if (authority?.error) return { verified: false, reason: authority.error, failClosed: true };
  if (!authority?.authorised) {
    return {
      verified: false,
      reason: `${handle} is not an authorised reviewer${authority?.reason ? ` (${authority.reason})` : ""}`,
    };
  }
  return { verified: true };
}

/** A bot's review: GitHub's user type `Bot`, or a `[bot]` login (an App's account). */
export function isBot(review: Review): boolean {
  return review.bot === true || review.login.toLowerCase().endsWith("[bot]");
}

export function latestDecisiveReview(who: string, facts: SignOffFacts): Review | undefined {
  return decidingReviews(facts.reviews).get(who);
}

/** Each reviewer's (lower-case login) latest APPROVED, CHANGES_REQUESTED or DISMISSED review. */
export function decidingReviews(reviews: readonly Review[]): Map<string, Review> {
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    if (!DECISIVE.has(review.state)) continue;
    const who = login(review.login);
    const current = latest.get(who);
    if (!current || review.submittedAt >= current.submittedAt) latest.set(who, review);
  }
  return latest;
}
