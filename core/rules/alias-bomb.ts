import { meta, parseRule } from "./rule.js";

export const aliasBomb = parseRule({
  meta: meta(
    "alias-bomb",
    "error",
    'YAML aliases that expand too much (a "billion laughs" bomb).',
    false,
  ),
  hint: "Write the values out instead of using anchors and aliases.",
  says: (limit: number) =>
    `The file's YAML aliases repeat more than ${limit.toLocaleString("en-US")} values (an alias bomb?)`,
});
