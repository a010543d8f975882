import { meta } from "./rule.js";

/** Raised for a pull request that changes the policy (core/pull-request/evaluate-pull-request.ts). */
export const policyChange = meta(
  "policy-change",
  "note",
  "A pull request changes the policy; it is judged by the base branch's policy.",
  false,
);
