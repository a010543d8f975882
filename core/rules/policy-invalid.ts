import type { PathSegment, Target } from "../parse/source-position.js";
import { meta, type CheckRule } from "./rule.js";

/** What is wrong with the policy file, and where: at a field of it, or at a place (default 1:1). */
export interface PolicyProblem {
  message: string;
  hint: string;
  path?: readonly PathSegment[];
  target?: Target;
  line?: number;
  column?: number;
}

/** Raised where the policy file is read (core/policy/load-policy.ts, resolve-policy.ts). */
export const policyInvalid: CheckRule<PolicyProblem> = {
  meta: meta(
    "policy-invalid",
    "error",
    "The policy file (.github/roadmap-gate.yml) is not valid; items are not judged under it.",
    false,
  ),
  check(context, { message, hint, path, target, line, column }) {
    context.report(policyInvalid.meta, { message, hint, path, target, line, column });
  },
};
