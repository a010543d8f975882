import { meta, type ParseRule } from "./rule.js";

/** Said with every finding of the rule, whatever the parser's message; also for a policy file. */
const hint = "Make it a regular text file inside the repository.";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const unreadable = {
  meta: meta(
    "unreadable",
    "error",
    "The file could not be read (e.g. a symlink out of the repository, a binary file).",
    false,
  ),
  hint,
  fromParser(context, { message, line, column }) {
    context.report(unreadable.meta, { message, hint, line, column });
  },
} satisfies ParseRule & { hint: string };
