import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const yamlSyntax = {
  meta: meta("yaml-syntax", "error", "The file is not valid YAML or JSON.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Fix the syntax at this position; a YAML linter or your editor's schema support shows it too.",
};
