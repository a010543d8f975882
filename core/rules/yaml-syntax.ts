import { meta, type ParseRule } from "./rule.js";

/** Said with every finding of the rule, whatever the parser's message; also for a policy file. */
const hint =
  "Fix the syntax at this position; a YAML linter or your editor's schema support shows it too.";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const yamlSyntax = {
  meta: meta("yaml-syntax", "error", "The file is not valid YAML or JSON.", false),
  hint,
  fromParser(context, { message, line, column }) {
    context.report(yamlSyntax.meta, { message, hint, line, column });
  },
} satisfies ParseRule & { hint: string };
