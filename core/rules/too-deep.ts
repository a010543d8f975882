import { meta, type ParseRule } from "./rule.js";

/** Said with every finding of the rule, whatever the parser's message; also for a policy file. */
const hint = "Items nest a few levels at most; flatten the structure.";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const tooDeep = {
  meta: meta("too-deep", "error", "Nesting far deeper than any item needs.", false),
  hint,
  fromParser(context, { message, line, column }) {
    context.report(tooDeep.meta, { message, hint, line, column });
  },
} satisfies ParseRule & { hint: string };
