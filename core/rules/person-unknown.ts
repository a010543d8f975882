import { answeredHandles, fieldName, peopleLevel } from "../people/people-at-handles.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "person-unknown",
  "warning",
  "A handle that is no GitHub user or team, or an account that is not a person (an organisation, a bot), with `live.people` on (an error under `fail`).",
  true,
  {
    example: ["# policy: live: { people: warn }", 'owner: "@mraia"   # GitHub answers 404: a typo'],
    fix: "Write the person's current GitHub login (a renamed account's old login answers 404 and is not redirected), or the team's slug as in its URL (`github.com/orgs/<org>/teams/<slug>`). Organisations and bots are not people: name who answers for the item.",
  },
);

/** SPEC section 9.3: an owner, expert or reviewer must be someone GitHub knows. */
export const personUnknown: ItemRule = {
  meta: rule,
  check(ctx) {
    for (const { named, answer } of answeredHandles(ctx)) {
      const at = `${fieldName(named.path)} ${named.handle} of ${ctx.label}`;
      if (answer.kind === "unknown")
        ctx.report({
          path: named.path,
          target: "value",
          level: peopleLevel(ctx),
          message:
            answer.what === "user"
              ? `${at} is not a GitHub user: GitHub answers 404 for that login (a typo, or an account renamed since)`
              : `${at} is not a team of ${answer.org}: GitHub answers 404 for it`,
          hint:
            answer.what === "user"
              ? "Write the person's current GitHub login: a renamed account's old login is not redirected."
              : `Write the team's slug as in its URL (github.com/orgs/${answer.org}/teams/<slug>).`,
        });
      if (answer.kind === "not-a-person")
        ctx.report({
          path: named.path,
          target: "value",
          level: peopleLevel(ctx),
          message: `${at} is a GitHub ${answer.type === "Bot" ? "bot" : "organisation"}, not a person`,
          hint: "Name a person (@user) or a team (@org/team) who answers for this.",
        });
    }
  },
};
