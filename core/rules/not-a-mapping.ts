import { meta } from "./rule.js";

/** Raised by the parser (core/item/load-item.ts, core/parse/) when a file cannot be read into an item. */
export const notAMapping = {
  meta: meta("not-a-mapping", "error", "The file holds a list or a scalar, not a mapping.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "An item is a mapping: apiVersion, id, title, owner, status, ...",
};
