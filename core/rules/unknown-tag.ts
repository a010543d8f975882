import { meta, parseRule } from "./rule.js";

export const unknownTag = parseRule<"unknown-tag">({
  meta: meta("unknown-tag", "error", "A YAML tag (`!something`) the format does not use.", false, {
    example: ["id: !feature FEAT-142"],
    fix: "Remove the tag (`!feature`): items, policies and SLO files use plain YAML values.",
  }),
  hint: "Remove the tag; items use plain YAML values.",
  says: ({ tag }) => `Unknown YAML tag: ${tag}`,
});
