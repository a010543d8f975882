import { meta, type ParseRule } from "./rule.js";

/** Said with every finding of the rule, whatever the parser's message; also for a policy file. */
const hint = "Write an item (see `roadmap-gate init`) or delete the file.";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const emptyFile = {
  meta: meta("empty-file", "error", "The file is empty.", false),
  hint,
  fromParser(context, { message, line, column }) {
    context.report(emptyFile.meta, { message, hint, line, column });
  },
} satisfies ParseRule & { hint: string };
