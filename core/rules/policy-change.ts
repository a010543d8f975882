import { meta, type CheckRule } from "./rule.js";

/** How many failing items the note names; the rest are counted. */
const NAMED = 20;

export interface PolicyChangeInput {
  removed: boolean;
  /** The items that would fail under the new policy. */
  wouldFail: readonly { file: string; id?: string }[];
}

/** Raised for a pull request that changes (or removes) the policy file, at its first line. */
export const policyChange: CheckRule<PolicyChangeInput> = {
  meta: meta(
    "policy-change",
    "note",
    "A pull request changes the policy; it is judged by the base branch's policy.",
    false,
    {
      example: ["A pull request that edits .github/roadmap-gate.yml"],
      language: "text",
      fix: "Nothing to fix: the pull request is judged by the base branch's policy, and the new policy applies once it is merged. The note and the preview list the items that would fail under it.",
    },
  ),
  check(context, { removed, wouldFail }) {
    context.report({
      message: `This pull request ${removed ? "removes" : "changes"} the policy; it is judged by the base branch's policy. Under the new policy ${wouldFail.length} item${wouldFail.length === 1 ? "" : "s"} would fail${
        wouldFail.length
          ? `: ${wouldFail
              .map((w) => w.id ?? w.file)
              .slice(0, NAMED)
              .join(", ")}`
          : ""
      }.`,
      hint: "The new policy applies once this pull request is merged.",
    });
  },
};
