import { meta } from "./rule.js";

/** Raised by the CLI (cli/read-policy.ts), which has no API to resolve `_extends`. */
export const policyExtendsUnresolved = meta(
  "policy-extends-unresolved",
  "warning",
  "The policy's `_extends` could not be resolved here (the CLI has no API).",
  false,
);
