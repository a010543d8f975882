import type { PathSegment } from "../parse/source-position.js";
import { list, record, text } from "../data/read.js";

/** A handle an item names, where it names it. */
export interface NamedHandle {
  /** As written: `@user` or `@org/team`. */
  handle: string;
  path: PathSegment[];
}

/** The schema's handle pattern (handle-format reports the others): one pass, no nesting. */
const HANDLE = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/;

/**
 * Every well-formed handle of an item that names a person or team (SPEC section 9.3): `owner`,
 * `team.domain_experts`, `team.pairings[].senior/.junior`, `risks[].owner`, sign-off reviewers.
 */
export function itemHandles(data: Record<string, unknown>): NamedHandle[] {
  const found: NamedHandle[] = [];
  const add = (value: unknown, path: PathSegment[]) => {
    const handle = text(value);
    if (handle !== undefined && HANDLE.test(handle)) found.push({ handle, path });
  };
  add(data.owner, ["owner"]);
  const team = record(data.team);
  list(team?.domain_experts).forEach((h, i) => add(h, ["team", "domain_experts", i]));
  list(team?.pairings).forEach((p, i) => {
    add(record(p)?.senior, ["team", "pairings", i, "senior"]);
    add(record(p)?.junior, ["team", "pairings", i, "junior"]);
  });
  const review = record(data.risk_review);
  list(review?.risks).forEach((r, i) =>
    add(record(r)?.owner, ["risk_review", "risks", i, "owner"]),
  );
  list(review?.sign_off).forEach((s, i) =>
    add(record(s)?.reviewer, ["risk_review", "sign_off", i, "reviewer"]),
  );
  return found;
}

/** The key a handle is looked up by: GitHub logins and slugs are case-insensitive. */
export function handleKey(handle: string): string {
  return handle.toLowerCase();
}
