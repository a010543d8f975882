import { meta, type ParseRule } from "./rule.js";

/** Said with every finding of the rule, whatever the parser's message; also for a policy file. */
const hint = "Write the values out instead of using anchors and aliases.";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const aliasBomb = {
  meta: meta(
    "alias-bomb",
    "error",
    'YAML aliases that expand too much (a "billion laughs" bomb).',
    false,
  ),
  hint,
  fromParser(context, { message, line, column }) {
    context.report(aliasBomb.meta, { message, hint, line, column });
  },
} satisfies ParseRule & { hint: string };
