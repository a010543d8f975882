import type { Policy } from "../policy/policy.js";
import type { GitHubPort } from "../port.js";
import type { PeopleFacts, PersonAnswer } from "./facts.js";
import { handleKey, itemHandles } from "./item-handles.js";

/** The port's lookups the people checks use (the App wraps them in its installation cache). */
export type PeoplePort = Pick<GitHubPort, "owner" | "account" | "orgMembership" | "teamExists">;

/** SPEC section 9: at most 4 lookups at once. */
export const MAX_CONCURRENT_LOOKUPS = 4;

export interface GatherPeopleOptions {
  /**
   * Whether the repository's owner is an organisation (the surfaces read it from the event);
   * undefined: asked once through the port. Without one, membership is not checked.
   */
  ownerIsOrg?: boolean;
  concurrency?: number;
}

/**
 * Looks up every distinct handle the given items name, once each, at most `concurrency` at a
 * time. With `live.members_only` in an organisation, a user is asked about as a member first
 * (204 settles it in one call) and as an account only when that is not a yes. Never throws: a
 * lookup GitHub does not answer is an `unanswered` answer, which the rules report.
 */
export async function gatherPeopleFacts(
  port: PeoplePort,
  items: readonly { file: string; data: Record<string, unknown> }[],
  policy: Policy,
  options: GatherPeopleOptions = {},
): Promise<PeopleFacts> {
  const named = items.map((item) => ({ file: item.file, handles: itemHandles(item.data) }));
  const distinct = new Map<string, string>();
  for (const { handles } of named)
    for (const { handle } of handles)
      if (!distinct.has(handleKey(handle))) distinct.set(handleKey(handle), handle);
  const answers = new Map<string, PersonAnswer>();
  if (distinct.size === 0) return { files: new Set(named.map((n) => n.file)), answers };
  const org = policy.live.members_only ? await organisation(port, options.ownerIsOrg) : undefined;
  if (typeof org === "object") {
    // GitHub did not say what the owner is: nothing can be judged, and each handle says so.
    for (const key of distinct.keys()) answers.set(key, org);
    return { files: new Set(named.map((n) => n.file)), answers };
  }
  // A 404 on membership is "not a member" only from a token shown to see the organisation (a 204
  // for someone else): GitHub Enterprise answers 404 to every requester outside the organisation.
  let seesMembers = false;
  const lookUp = async (handle: string): Promise<PersonAnswer> => {
    const [login = "", slug] = handle.slice(1).split("/");
    if (slug !== undefined) {
      if (org !== undefined && login.toLowerCase() !== org.toLowerCase())
        return { kind: "not-member", org, what: "team" };
      if (await port.teamExists(login, slug)) {
        seesMembers = true;
        return { kind: "ok" };
      }
      return { kind: "unknown", what: "team", org: login };
    }
    let membership: "not-member" | { hidden: number } | undefined;
    if (org !== undefined) {
      const answer = await port.orgMembership(org, login);
      if (answer.state === "member") {
        seesMembers = true;
        return { kind: "ok" };
      }
      membership = answer.state === "hidden" ? { hidden: answer.status } : "not-member";
    }
    const account = await port.account(login);
    if (!account) return { kind: "unknown", what: "user" };
    if (account.type !== "User") return { kind: "not-a-person", type: account.type };
    if (membership === undefined) return { kind: "ok" };
    if (membership === "not-member") return { kind: "not-member", org: org!, what: "user" };
    return { kind: "hidden", org: org!, status: membership.hidden };
  };
  const keys = [...distinct.keys()];
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++]!;
      answers.set(key, await lookUp(distinct.get(key)!).catch(unanswered));
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? MAX_CONCURRENT_LOOKUPS, keys.length));
  await Promise.all(Array.from({ length: width }, worker));
  if (!seesMembers) distrustNotFound(answers);
  return {
    files: new Set(named.map((n) => n.file)),
    answers,
    hiddenAt: firstHidden(named, answers),
  };
}

/** The repository's organisation, undefined for a user's repository, or why it is not known. */
async function organisation(
  port: PeoplePort,
  ownerIsOrg: boolean | undefined,
): Promise<string | undefined | PersonAnswer> {
  if (ownerIsOrg !== undefined) return ownerIsOrg ? port.owner : undefined;
  try {
    const owner = await port.account(port.owner);
    return owner?.type === "Organization" ? port.owner : undefined;
  } catch (error) {
    return unanswered(error);
  }
}

/**
 * Without proof that the token sees the organisation (a member's 204 or a team's 200), a 404 on
 * membership or on a team proves nothing (a workflow's GITHUB_TOKEN sees no teams): hidden.
 */
function distrustNotFound(answers: Map<string, PersonAnswer>): void {
  for (const [key, answer] of answers) {
    if (answer.kind === "not-member" && answer.what === "user")
      answers.set(key, { kind: "hidden", org: answer.org, status: 404 });
    if (answer.kind === "unknown" && answer.what === "team")
      answers.set(key, { kind: "hidden", org: answer.org!, status: 404 });
  }
}

function firstHidden(
  named: readonly { file: string; handles: readonly { handle: string }[] }[],
  answers: ReadonlyMap<string, PersonAnswer>,
): PeopleFacts["hiddenAt"] {
  const files = [...named].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, handles } of files)
    for (const { handle } of handles)
      if (answers.get(handleKey(handle))?.kind === "hidden")
        return { file, key: handleKey(handle) };
  return undefined;
}

function unanswered(error: unknown): PersonAnswer {
  return { kind: "unanswered", reason: error instanceof Error ? error.message : String(error) };
}
