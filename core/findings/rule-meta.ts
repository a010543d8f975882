import type { Level } from "./finding.js";

/** A rule's metadata; docs/rules/ is generated from it (scripts/rule-docs.ts). */
export interface RuleMeta {
  id: string;
  level: Level;
  description: string;
  /** Whether an item's waiver may silence it. Sign-off, waiver and parse rules cannot be waived. */
  waivable: boolean;
  /** The rule's page, docs/rules/<id>.md; tests/core/rule-docs.test.ts fails for a rule without them. */
  docs?: RuleDocs;
}

/** What a rule's page shows besides its description, as ESLint's `meta.docs` does. */
export interface RuleDocs {
  /** Something that triggers the rule, as a user writes it: a file or an excerpt, line by line. */
  example: readonly string[];
  /** `yaml` (default) for a file's lines; `text` for what is not in a file (a pull request). */
  language?: "yaml" | "text";
  /** How to fix a finding of the rule. */
  fix: string;
}
