import { meta } from "./rule.js";

/** Raised where the policy file is read (core/policy/load-policy.ts, resolve-policy.ts). */
export const policyInvalid = meta(
  "policy-invalid",
  "error",
  "The policy file (.github/roadmap-gate.yml) is not valid; items are not judged under it.",
  false,
);
