import { meta } from "../rules/rule.js";

export const policyRules = {
  invalid: meta(
    "policy-invalid",
    "error",
    "The policy file (.github/roadmap-gate.yml) is not valid; items are not judged under it.",
    false,
  ),
  extendsUnresolved: meta(
    "policy-extends-unresolved",
    "warning",
    "The policy's `_extends` could not be resolved here (the CLI has no API).",
    false,
  ),
  change: meta(
    "policy-change",
    "note",
    "A pull request changes the policy; it is judged by the base branch's policy.",
    false,
  ),
};
