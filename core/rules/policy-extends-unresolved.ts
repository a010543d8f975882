import { decodeUtf8 } from "../parse/decode.js";
import { PositionIndex } from "../parse/position-index.js";
import type { SourceFile } from "../source.js";
import { meta, type CheckRule } from "./rule.js";

/** Raised by the CLI (cli/read-policy.ts), which has no API to resolve `_extends`: at the key. */
export const policyExtendsUnresolved: CheckRule<{ source: SourceFile; base: string }> = {
  meta: meta(
    "policy-extends-unresolved",
    "warning",
    "The policy's `_extends` could not be resolved here (the CLI has no API).",
    false,
    {
      example: ["# .github/roadmap-gate.yml, read by the CLI", "_extends: acme/.github"],
      fix: "Nothing breaks: the CLI uses the file as written. The Action and the App resolve `_extends`; to get the same verdict locally, copy the settings you rely on into this file.",
    },
  ),
  check(context, { source, base }) {
    const decoded = decodeUtf8(source.content);
    const at = decoded.ok
      ? new PositionIndex(decoded.text).locate(["_extends"], "key")
      : { line: 1, column: 1 };
    context.report({
      ...at,
      message: `\`_extends: ${base}\` was not resolved: the CLI cannot read other repositories; the policy is used as written`,
      hint: "The Action and the App resolve `_extends`; locally, copy the settings you rely on into this file.",
    });
  },
};
