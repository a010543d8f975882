import type { Policy } from "../policy/policy.js";
import type { PeopleFacts, PersonAnswer } from "./facts.js";
import { handleKey, itemHandles, type NamedHandle } from "./item-handles.js";

/** What the people rules read of an item (their context has it): no rule type, so no rule import. */
interface ItemPeople {
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly policy: Policy;
  readonly people?: PeopleFacts;
}

/** Each handle of the item in context with GitHub's answer, when its people were looked up. */
export function answeredHandles(
  ctx: ItemPeople,
): { named: NamedHandle; key: string; answer: PersonAnswer }[] {
  const facts = ctx.people;
  if (!facts?.files.has(ctx.file)) return [];
  return itemHandles(ctx.data).flatMap((named) => {
    const key = handleKey(named.handle);
    const answer = facts.answers.get(key);
    return answer ? [{ named, key, answer }] : [];
  });
}

/** Where a handle sits, as messages name it: `owner`, `team.pairings[0].senior`. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** `live.people: fail` makes the people findings errors; `warn` warnings. */
export function peopleLevel(ctx: ItemPeople): "error" | "warning" {
  return ctx.policy.live.people === "fail" ? "error" : "warning";
}
