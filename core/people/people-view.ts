import type { PeopleFacts, PersonAnswer } from "./facts.js";
import { handleKey, itemHandles } from "./item-handles.js";

/** An item's people as the reports show them (SPEC 9.3): a glance, then who is wrong and why. */
export interface PeopleView {
  /** ok: every handle resolves; problems: some do not; unverified: some could not be checked. */
  state: "ok" | "problems" | "unverified";
  /** Distinct handles looked up. */
  checked: number;
  /** The handles that are not ok, once each, in the item's order. */
  problems: { handle: string; problem: Exclude<PersonAnswer["kind"], "ok"> }[];
}

/** undefined when the item's people were not looked up. */
export function peopleView(
  facts: PeopleFacts | undefined,
  file: string,
  data: Record<string, unknown>,
): PeopleView | undefined {
  if (!facts?.files.has(file)) return undefined;
  const seen = new Set<string>();
  const problems: PeopleView["problems"] = [];
  for (const { handle } of itemHandles(data)) {
    const key = handleKey(handle);
    if (seen.has(key)) continue;
    seen.add(key);
    const answer = facts.answers.get(key);
    if (answer && answer.kind !== "ok") problems.push({ handle, problem: answer.kind });
  }
  const wrong = problems.some((p) => p.problem !== "hidden" && p.problem !== "unanswered");
  const state = wrong ? "problems" : problems.length > 0 ? "unverified" : "ok";
  return { state, checked: seen.size, problems };
}
