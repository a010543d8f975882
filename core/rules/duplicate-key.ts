import { meta, type ParseRule } from "./rule.js";

/** Said with every finding of the rule, whatever the parser's message; also for a policy file. */
const hint = "Keep one of the two keys: YAML tools disagree on which one wins.";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const duplicateKey = {
  meta: meta("duplicate-key", "error", "A key appears twice in one mapping.", false),
  hint,
  fromParser(context, { message, line, column }) {
    context.report(duplicateKey.meta, { message, hint, line, column });
  },
} satisfies ParseRule & { hint: string };
