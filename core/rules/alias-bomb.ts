import { meta, parseRule } from "./rule.js";

export const aliasBomb = parseRule<"alias-bomb">({
  meta: meta(
    "alias-bomb",
    "error",
    'YAML aliases that expand too much (a "billion laughs" bomb).',
    false,
    {
      example: [
        "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
        "# ... each level repeats the one before nine times, until millions of values",
      ],
      fix: "Write the values out instead of using anchors and aliases. A file's aliases may repeat at most 100,000 values, counted without expanding them.",
    },
  ),
  hint: "Write the values out instead of using anchors and aliases.",
  says: ({ limit }) =>
    `The file's YAML aliases repeat more than ${limit.toLocaleString("en-US")} values (an alias bomb?)`,
});
