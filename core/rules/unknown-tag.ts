import { meta, parseRule } from "./rule.js";

/** js-yaml's error for a tag it does not know, followed by the tag. */
export const UNKNOWN_TAG_REASON = "unknown tag ";

export const unknownTag = parseRule({
  meta: meta("unknown-tag", "error", "A YAML tag (`!something`) the format does not use.", false, {
    example: ["id: !feature FEAT-142"],
    fix: "Remove the tag (`!feature`): items, policies and SLO files use plain YAML values.",
  }),
  hint: "Remove the tag; items use plain YAML values.",
  says: (reason: string) => `Unknown YAML tag: ${reason.replace(UNKNOWN_TAG_REASON, "")}`,
});
