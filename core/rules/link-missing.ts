import type { Finding } from "../findings/finding.js";
import { fileFinding, meta } from "./rule.js";

const rule = meta(
  "link-missing",
  "error",
  "`require_roadmap_link`: the pull request links no roadmap item and has no exempt label.",
  false,
);

/** A pull-request-level rule: its finding has file "" (the pull request itself). */
export const linkMissing = {
  meta: rule,
  finding: (exemptLabels: readonly string[]): Finding =>
    fileFinding(rule, {
      file: "",
      message: "This pull request links no roadmap item",
      hint: `Add a line \`Roadmap: FEAT-142\` to the description, close an item's issue (\`Closes #N\`), or add one of the labels ${exemptLabels.join(", ")}.`,
    }),
};
