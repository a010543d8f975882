import { answeredHandles, fieldName } from "../people/people-at-handles.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "person-unverifiable",
  "note",
  "The people checks could not tell: the token cannot see the organisation's members or teams (a note, once per evaluation), or GitHub did not answer (a warning per item, an error with `live.unreachable: fail`).",
  false,
  {
    example: [
      "# policy: live: { people: warn }; the Action runs with the workflow's GITHUB_TOKEN",
      'owner: "@maria"   # GET /orgs/acme/members/maria answers 302: the token is not a member',
    ],
    fix: "Give the token the permission to see members: the GitHub App's Organization members: read; a fine-grained token's Members (read) organisation permission; or a classic token with read:org of an organisation member. A workflow's GITHUB_TOKEN never can. If GitHub did not answer, run again.",
  },
);

/** What each status says the token lacks. */
const WHY: Record<number, string> = {
  302: "GitHub redirects to public members only (302): the token's user is not a member of the organisation",
  403: "GitHub answers 403: the token lacks the permission Organization members: read",
  404: "GitHub answers 404 to every lookup, and nothing showed that the token can see the organisation's members or teams",
};

/**
 * SPEC section 9.3: never a false `person-not-member`. What could not be checked is said: hidden
 * membership once per evaluation (at the first such handle), an unanswered lookup once per item.
 */
export const personUnverifiable: ItemRule = {
  meta: rule,
  check(ctx) {
    const hiddenAt = ctx.people?.hiddenAt;
    let hiddenSaid = false;
    let unansweredSaid = false;
    for (const { named, key, answer } of answeredHandles(ctx)) {
      if (
        answer.kind === "hidden" &&
        !hiddenSaid &&
        hiddenAt?.file === ctx.file &&
        hiddenAt.key === key
      ) {
        hiddenSaid = true;
        ctx.report({
          path: named.path,
          target: "value",
          message: `Membership in ${answer.org} could not be checked, starting with ${fieldName(named.path)} ${named.handle} of ${ctx.label}: ${WHY[answer.status] ?? `GitHub answers ${answer.status}`}; no handle was judged outside the organisation`,
          hint: "Give the token Organization members: read (GitHub App), a fine-grained token's Members (read), or read:org for a member's classic token; a workflow's GITHUB_TOKEN cannot see members.",
        });
      }
      if (answer.kind === "unanswered" && !unansweredSaid) {
        unansweredSaid = true;
        ctx.report({
          path: named.path,
          target: "value",
          level: ctx.policy.live.unreachable === "fail" || answer.noGitHub ? "error" : "warning",
          message: `GitHub did not answer for ${fieldName(named.path)} ${named.handle} of ${ctx.label}, so its people were not all checked: ${answer.reason}`,
          hint: "Run the check again; with live.unreachable: fail this holds the check until GitHub answers.",
        });
      }
    }
  },
};
