import { policyInvalid } from "../rules/policy-invalid.js";
import { policyExtendsUnresolved } from "../rules/policy-extends-unresolved.js";
import { policyChange } from "../rules/policy-change.js";

/** The policy rules; each lives in core/rules/<id>.ts. */
export const policyRules = {
  invalid: policyInvalid,
  extendsUnresolved: policyExtendsUnresolved.meta,
  change: policyChange.meta,
};
