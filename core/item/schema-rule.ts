/**
 * The schemas name the rule a `pattern` mismatch is reported under in the standard `$comment`
 * keyword (`"$comment": "rule: handle-format"`), so strict JSON Schema tools (ajv-cli, ajv's
 * strict mode) still take the published schemas as they are.
 */
const PREFIX = "rule: ";

/** The rule id a schema object names, if any. */
export function schemaRuleOf(schema: unknown): string | undefined {
  const comment = (schema as { $comment?: unknown } | null | undefined)?.$comment;
  return typeof comment === "string" && comment.startsWith(PREFIX)
    ? comment.slice(PREFIX.length)
    : undefined;
}
