import type { LoadedItem } from "../item/loaded-item.js";
import type { Policy } from "../policy/policy.js";
import { PortError, type GitHubPort, type PullRequestInfo, type Review } from "../port.js";
import { list, login, record, text } from "../data/read.js";
import type { SignOffFacts } from "./facts.js";
import { decidingReviews, isBot } from "./verify-sign-off.js";

/**
 * Fetches, through the port, every fact verification needs for the items a PR changes:
 * its reviews, who may sign off, and the item blobs at head and at each deciding review.
 * Requests: 1 for reviews, 1 batched for all blobs, and authority lookups only for logins named
 * in the items whose latest decisive review approves (never the author, never a bot): the calls
 * grow with the approving reviews, never with what the YAML lists.
 */
export async function gatherSignOffFacts(
  port: GitHubPort,
  pr: PullRequestInfo,
  changed: readonly LoadedItem[],
  policy: Policy,
  prefetched?: { reviews: Review[]; blobs: Map<string, string | null> },
): Promise<SignOffFacts> {
  const changedPaths = new Set(changed.map((c) => c.file));
  const reviews = prefetched?.reviews ?? (await port.reviews(pr.number));
  const logins = new Set<string>();
  for (const item of changed) {
    if (!item.ok) continue;
    for (const entry of list(record(item.data.risk_review)?.sign_off)) {
      const reviewer = text(record(entry)?.reviewer);
      if (reviewer) logins.add(login(reviewer));
    }
    for (const waiver of list(item.data.waivers)) {
      const by = text(record(waiver)?.approved_by);
      if (by) logins.add(login(by));
    }
  }
  const facts: SignOffFacts = {
    pullNumber: pr.number,
    author: pr.author,
    headSha: pr.headSha,
    reviews,
    blobs: new Map(),
    authority: new Map(),
    changedPaths,
  };
  for (const review of decidingReviews(reviews).values()) {
    const who = login(review.login);
    if (review.state !== "APPROVED" || !logins.has(who)) continue;
    if (who === login(pr.author) || isBot(review)) continue;
    facts.authority.set(who, await authorityOf(port, who, policy));
  }
  const commits = [pr.headSha, ...approvedCommits(reviews)];
  const pairs = [...changedPaths].flatMap((path) => commits.map((ref) => ({ ref, path })));
  // Blobs fetched with the item files (see approvedCommits) cost no request of their own.
  const known = prefetched?.blobs ?? new Map<string, string | null>();
  const missing = dedupe(pairs).filter((p) => !known.has(`${p.ref}:${p.path}`));
  facts.blobs = missing.length > 0 ? new Map([...known, ...(await port.blobIds(missing))]) : known;
  return facts;
}

type Authority = SignOffFacts["authority"] extends Map<string, infer A> ? A : never;

/**
 * Whether `who` may sign off now: with no reviewers listed, write access; a reviewer listed by
 * name still needs write access (a departed or re-registered login must not keep the right), or
 * membership of a listed team.
 */
async function authorityOf(port: GitHubPort, who: string, policy: Policy): Promise<Authority> {
  const listed = policy.sign_off.reviewers;
  const byName = listed.some((h) => !h.includes("/") && login(h) === who);
  let access: string | undefined;
  if (listed.length === 0 || byName) {
    const permission = await port.permission(who);
    if (WRITE.has(permission)) return { authorised: true };
    access = `has ${permission} access; signing off needs write access`;
  }
  for (const team of listed.filter((h) => h.includes("/"))) {
    const [org, slug] = team.replace(/^@/, "").split("/") as [string, string];
    try {
      if (await port.isTeamMember(org, slug, who)) return { authorised: true };
    } catch (error) {
      if (error instanceof PortError && error.kind === "forbidden") {
        return {
          authorised: false,
          error: `${error.message}. Team reviewers need a token that can read team membership; fork workflows do not get one — use the roadmap-gate App`,
        };
      }
      throw error;
    }
  }
  if (listed.length === 0) return { authorised: false, reason: access };
  if (byName) return { authorised: false, reason: `listed in sign_off.reviewers, but ${access}` };
  return { authorised: false, reason: `not listed in sign_off.reviewers (${listed.join(", ")})` };
}

const WRITE = new Set(["admin", "maintain", "write"]);

/** Commits at which some reviewer's deciding review approved: where item blobs must be compared. */
export function approvedCommits(reviews: readonly Review[]): string[] {
  const deciding = [...decidingReviews(reviews).values()];
  return [...new Set(deciding.filter((r) => r.state === "APPROVED").map((r) => r.commitId))];
}

function dedupe(pairs: { ref: string; path: string }[]): { ref: string; path: string }[] {
  const seen = new Map<string, { ref: string; path: string }>();
  for (const p of pairs) seen.set(`${p.ref}:${p.path}`, p);
  return [...seen.values()];
}
