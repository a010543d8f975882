import { meta, type ParseRule } from "./rule.js";

/** Said with every finding of the rule, whatever the parser's message; also for a policy file. */
const hint = "Save the file as UTF-8.";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const notUtf8 = {
  meta: meta("not-utf8", "error", "The file is not UTF-8 text.", false),
  hint,
  fromParser(context, { message, line, column }) {
    context.report(notUtf8.meta, { message, hint, line, column });
  },
} satisfies ParseRule & { hint: string };
