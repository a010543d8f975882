import { meta, parseRule } from "./rule.js";

/** Deeper than `maxDepth` levels, or (with no depth) so deep that reading it overflowed the stack. */
export const tooDeep = parseRule<"too-deep">({
  meta: meta("too-deep", "error", "Nesting far deeper than any item needs.", false, {
    example: [
      "x-notes: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ ]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    ],
    fix: "Flatten the structure. Mappings and lists nest at most 64 levels, aliases included; an item needs a few.",
  }),
  hint: "Items nest a few levels at most; flatten the structure.",
  says: ({ maxDepth }) =>
    maxDepth === undefined
      ? "The file nests too deeply to read"
      : `The file nests deeper than ${maxDepth} levels`,
});
