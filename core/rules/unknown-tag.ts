import { meta, type ParseRule } from "./rule.js";

/** Said with every finding of the rule, whatever the parser's message; also for a policy file. */
const hint = "Remove the tag; items use plain YAML values.";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const unknownTag = {
  meta: meta("unknown-tag", "error", "A YAML tag (`!something`) the format does not use.", false),
  hint,
  fromParser(context, { message, line, column }) {
    context.report(unknownTag.meta, { message, hint, line, column });
  },
} satisfies ParseRule & { hint: string };
