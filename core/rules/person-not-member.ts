import { answeredHandles, fieldName, peopleLevel } from "../people/people-at-handles.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "person-not-member",
  "warning",
  "A user outside the repository's organisation, or a team of another organisation, with `live.people` and `live.members_only` on (an error under `live.people: fail`).",
  true,
  {
    example: [
      "# policy: live: { people: warn, members_only: true }; @eve left the organisation",
      'owner: "@eve"',
    ],
    fix: "Hand the item to a current member of the organisation (someone who left often still has an account). Outside expertise belongs in `team.external`, with its knowledge transfer and `until`.",
  },
);

/** SPEC section 9.3: with `members_only`, the people an item names belong to the organisation. */
export const personNotMember: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const { named, answer } of answeredHandles(ctx)) {
      if (answer.kind !== "not-member") continue;
      const at = `${fieldName(named.path)} ${named.handle} of ${ctx.label}`;
      ctx.report({
        path: named.path,
        target: "value",
        level: peopleLevel(ctx),
        message:
          answer.what === "user"
            ? `${at} is not a member of the ${answer.org} organisation`
            : `${at} is a team of another organisation than ${answer.org}`,
        hint:
          answer.what === "user"
            ? `Name a current member of ${answer.org}; outside experts belong in team.external.`
            : `Name a team of ${answer.org}.`,
      });
    }
  },
};
