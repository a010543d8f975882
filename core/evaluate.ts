import type { Policy } from "./policy/policy.js";
import type { Report } from "./report.js";
import type { SignOffFacts } from "./signoff/facts.js";
import type { SourceFile } from "./source.js";

export interface EvaluateInput {
  /** Item files to judge. */
  files: readonly SourceFile[];
  /** Other item files, read only for their ids (uniqueness across all items). */
  others?: readonly SourceFile[];
  policy: Policy;
  /** UTC date "YYYY-MM-DD"; tests fix it. */
  today: string;
  /** GitHub facts for verified sign-off; absent → sign-offs judged as written, with a notice. */
  signOff?: SignOffFacts;
}

/** files + policy (+ GitHub facts) → report. Pure and synchronous. */
export function evaluate(input: EvaluateInput): Report {
  void input;
  throw new Error("evaluate: not implemented yet");
}
