import type { Finding } from "../findings/finding.js";
import { fileFinding, meta } from "./rule.js";

const rule = meta(
  "policy-change",
  "note",
  "A pull request changes the policy; it is judged by the base branch's policy.",
  false,
);

/** How many failing items the note names; the rest are counted. */
const NAMED = 20;

/** Raised for a pull request that changes (or removes) the policy file, at its first line. */
export const policyChange = {
  meta: rule,
  finding: (
    policyPath: string,
    removed: boolean,
    wouldFail: readonly { file: string; id?: string }[],
  ): Finding =>
    fileFinding(rule, {
      file: policyPath,
      message: `This pull request ${removed ? "removes" : "changes"} the policy; it is judged by the base branch's policy. Under the new policy ${wouldFail.length} item${wouldFail.length === 1 ? "" : "s"} would fail${
        wouldFail.length
          ? `: ${wouldFail
              .map((w) => w.id ?? w.file)
              .slice(0, NAMED)
              .join(", ")}`
          : ""
      }.`,
      hint: "The new policy applies once this pull request is merged.",
    }),
};
