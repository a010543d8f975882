import { meta, type CheckRule } from "./rule.js";

/** A pull-request-level rule (file "", the pull request itself): `id` is a linked item id. */
export const linkUnknown: CheckRule<string> = {
  meta: meta(
    "link-unknown",
    "error",
    "The pull request links an item id or issue that no item file has.",
    false,
    {
      example: [
        'Pull request description: "Roadmap: FEAT-999", and no item file has the id FEAT-999',
      ],
      language: "text",
      fix: "Fix the id in the `Roadmap:` line (or the issue number in `Closes #N`), or add the item file.",
    },
  ),
  check(context, id) {
    context.report({
      message: `The pull request links ${id}, but no item file has that id`,
      hint: "Fix the id in the `Roadmap:` line, or add the item file.",
    });
  },
};
