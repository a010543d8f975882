import { meta, type ParseRule } from "./rule.js";

/** Said with every finding of the rule, whatever the parser's message; also for a policy file. */
const hint = "An item is a mapping: apiVersion, id, title, owner, status, ...";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const notAMapping = {
  meta: meta("not-a-mapping", "error", "The file holds a list or a scalar, not a mapping.", false),
  hint,
  fromParser(context, { message, line, column }) {
    context.report(notAMapping.meta, { message, hint, line, column });
  },
} satisfies ParseRule & { hint: string };
