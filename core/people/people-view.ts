import type { PathSegment } from "../parse/source-position.js";
import type { PersonView } from "../report.js";
import type { PeopleFacts, PersonAnswer } from "./facts.js";
import { handleKey, itemHandles } from "./item-handles.js";

/**
 * An item's people as the reports show them (SPEC 9.3): each distinct handle once, under the
 * role where the item first names it, with what GitHub said. Undefined when they were not looked up.
 */
export function peopleView(
  facts: PeopleFacts | undefined,
  file: string,
  data: Record<string, unknown>,
): PersonView[] | undefined {
  if (!facts?.files.has(file)) return undefined;
  const seen = new Set<string>();
  const people: PersonView[] = [];
  for (const { handle, path } of itemHandles(data)) {
    const key = handleKey(handle);
    if (seen.has(key)) continue;
    seen.add(key);
    const answer = facts.answers.get(key);
    if (answer === undefined) continue;
    people.push({ handle, role: role(path), ...personState(answer) });
  }
  return people;
}

function role(path: readonly PathSegment[]): string {
  const field = path.filter((p) => typeof p === "string").join(".");
  switch (field) {
    case "owner":
      return "owner";
    case "team.domain_experts":
      return "domain expert";
    case "team.pairings.senior":
      return "pairing senior";
    case "team.pairings.junior":
      return "pairing junior";
    case "risk_review.risks.owner":
      return "risk owner";
    default:
      return "reviewer";
  }
}

function personState(answer: PersonAnswer): Pick<PersonView, "state" | "reason"> {
  switch (answer.kind) {
    case "ok":
      return { state: "ok" };
    case "unknown":
      return { state: "unknown", reason: `no such ${answer.what} on GitHub` };
    case "not-a-person":
      return { state: "unknown", reason: `an ${answer.type} account, not a person` };
    case "not-member":
      return { state: "not-member", reason: `not a member of ${answer.org}` };
    case "hidden":
      return {
        state: "unverifiable",
        reason: `membership in ${answer.org} is hidden from the token (${answer.status})`,
      };
    case "unanswered":
      return { state: "unverifiable", reason: answer.reason };
  }
}
