import { dayNumber, daysBetween } from "../dates.js";
import type { Policy } from "../policy/policy.js";
import { filled, list, login, record, text } from "../data/read.js";
import type { SignOffFacts } from "./facts.js";
import { verifyReviewer, type Verification } from "./verify-sign-off.js";

export interface JudgedSignOff {
  index: number;
  reviewer: string;
  decision: string;
  date: string;
  /** Absent when missing or blank. */
  conditions?: string;
  /** Absent when nothing was verified (CLI, or an item the PR does not change). */
  verification?: Verification;
  future: boolean;
  stale: boolean;
  /** Locally: the policy lists only users and this reviewer is not one of them. */
  unlisted: boolean;
  /** Counts toward min_approvals. */
  counts: boolean;
}

/** Each sign-off entry of an item, judged once; the sign-off rules and the report read this. */
export function judgeSignOffs(
  data: Record<string, unknown>,
  file: string,
  policy: Policy,
  today: string,
  facts?: SignOffFacts,
): JudgedSignOff[] {
  const entries = list(record(data.risk_review)?.sign_off);
  const verifying = facts !== undefined && facts.changedPaths.has(file);
  const counted = new Set<string>();
  const judged: JudgedSignOff[] = [];
  entries.forEach((raw, index) => {
    const entry = record(raw);
    const reviewer = text(entry?.reviewer);
    const decision = text(entry?.decision) ?? "";
    const date = text(entry?.date) ?? "";
    if (!entry || reviewer === undefined) return;
    const age = daysBetween(date, today);
    const future = age !== undefined && age < 0;
    const stale = age !== undefined && age > policy.sign_off.max_age_days;
    const verification = verifying ? verifyReviewer(reviewer, file, facts) : undefined;
    const unlisted = !verifying && isUnlisted(reviewer, policy);
    const conditions = filled(entry.conditions);
    const approving =
      decision === "approved" ||
      (decision === "approved_with_conditions" && conditions !== undefined);
    const who = login(reviewer);
    const counts =
      approving &&
      dayNumber(date) !== undefined &&
      !future &&
      !stale &&
      !unlisted &&
      (verification?.verified ?? true) &&
      !counted.has(who);
    if (counts) counted.add(who);
    judged.push({
      index,
      reviewer,
      decision,
      date,
      conditions,
      verification,
      future,
      stale,
      unlisted,
      counts,
    });
  });
  return judged;
}

/**
 * Without GitHub only a list of users can be checked; a listed team cannot, so it is trusted.
 * Sign-offs and waivers' approved_by are checked alike.
 */
export function isUnlisted(reviewer: string, policy: Policy): boolean {
  const listed = listedUsers(policy);
  return listed !== undefined && !listed.has(login(reviewer));
}

/** The policy's reviewers as logins, once per policy; undefined when none or a team is listed. */
function listedUsers(policy: Policy): ReadonlySet<string> | undefined {
  if (!usersByPolicy.has(policy)) {
    const listed = policy.sign_off.reviewers;
    const checkable = listed.length > 0 && !listed.some((h) => h.includes("/"));
    usersByPolicy.set(policy, checkable ? new Set(listed.map(login)) : undefined);
  }
  return usersByPolicy.get(policy);
}

const usersByPolicy = new WeakMap<Policy, ReadonlySet<string> | undefined>();
