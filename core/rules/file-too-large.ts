import { meta, type ParseRule } from "./rule.js";

/** Said with every finding of the rule, whatever the parser's message; also for a policy file. */
const hint = "Split the item, or raise limits.max_file_bytes in the policy.";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const fileTooLarge = {
  meta: meta("file-too-large", "error", "The file exceeds `limits.max_file_bytes`.", false),
  hint,
  fromParser(context, { message, line, column }) {
    context.report(fileTooLarge.meta, { message, hint, line, column });
  },
} satisfies ParseRule & { hint: string };
