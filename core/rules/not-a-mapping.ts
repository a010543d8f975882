import { meta, parseRule } from "./rule.js";

export const notAMapping = parseRule<"not-a-mapping">({
  meta: meta("not-a-mapping", "error", "The file holds a list or a scalar, not a mapping.", false, {
    example: ["- FEAT-1", "- FEAT-2"],
    fix: "Make the file one mapping (`apiVersion`, `id`, `title`, `owner`, `status`, ...): one item per file.",
  }),
  hint: "An item is a mapping: apiVersion, id, title, owner, status, ...",
  says: ({ holds }) => {
    const what = holds === "list" ? "a list" : holds === "null" ? "null" : `a ${holds}`;
    return `The file holds ${what}, not a mapping of keys to values`;
  },
});
