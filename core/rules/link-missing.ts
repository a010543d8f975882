import { meta, type CheckRule } from "./rule.js";

/** A pull-request-level rule (file "", the pull request itself): input is the exempt labels. */
export const linkMissing: CheckRule<readonly string[]> = {
  meta: meta(
    "link-missing",
    "error",
    "`require_roadmap_link`: the pull request links no roadmap item and has no exempt label.",
    false,
    {
      example: [
        "Policy: pull_requests: { require_roadmap_link: true }",
        'Pull request description: "Speed up the export", no exempt label, no item file changed',
      ],
      language: "text",
      fix: "Add a line `Roadmap: FEAT-142` to the description, close an item's issue (`Closes #12`), or add one of `pull_requests.exempt_labels` (default `no-roadmap`).",
    },
  ),
  check(context, exemptLabels) {
    context.report({
      message: "This pull request links no roadmap item",
      hint: `Add a line \`Roadmap: FEAT-142\` to the description, close an item's issue (\`Closes #N\`), or add one of the labels ${exemptLabels.join(", ")}.`,
    });
  },
};
