import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemRules, parseRules, schemaRules, waiverRules } from "../../core/rules/index.js";
import { linkMissing } from "../../core/rules/link-missing.js";
import { linkNotReady } from "../../core/rules/link-not-ready.js";
import { linkUnknown } from "../../core/rules/link-unknown.js";
import { policyChange } from "../../core/rules/policy-change.js";
import { policyExtendsUnresolved } from "../../core/rules/policy-extends-unresolved.js";
import { policyInvalid } from "../../core/rules/policy-invalid.js";
import { policyPathsUnmatched } from "../../core/rules/policy-paths-unmatched.js";
import { sloFileInvalid } from "../../core/rules/slo-file-invalid.js";
import { tooComplex } from "../../core/rules/too-complex.js";
import type { RuleContext, RuleMeta } from "../../core/rules/rule.js";
import { ruleCases } from "./rule-cases.js";

/**
 * One home per rule: a rule's file reports its own id and no other. Every rule's check (or
 * mapping) is wrapped so that its context records what it reports, and every rule fixture runs
 * (the rules reported only by the pull request flow and the surfaces are checked where they run).
 */
type Checked = { meta: RuleMeta } & Record<string, unknown>;
const WAYS = ["check", "fromParser", "fromSchema"] as const;
const rules: Checked[] = [
  ...itemRules,
  ...schemaRules,
  ...waiverRules,
  ...Object.values(parseRules),
  policyInvalid,
  policyExtendsUnresolved,
  policyPathsUnmatched,
  policyChange,
  linkUnknown,
  linkNotReady,
  linkMissing,
  tooComplex,
  sloFileInvalid,
] as unknown as Checked[];
const reports: { owner: string; reported: string }[] = [];
const originals: [Checked, string, unknown][] = [];

beforeAll(() => {
  for (const rule of new Set(rules)) {
    for (const way of WAYS) {
      const original = rule[way];
      if (typeof original !== "function") continue;
      originals.push([rule, way, original]);
      rule[way] = (context: RuleContext, ...rest: unknown[]) => {
        const recording: RuleContext = {
          ...context,
          report(reported, options) {
            reports.push({ owner: rule.meta.id, reported: reported.id });
            context.report(reported, options);
          },
        };
        return (original as (...args: unknown[]) => unknown).call(rule, recording, ...rest);
      };
    }
  }
});

// The unit tests share modules (isolate: false): put every rule back as it was.
afterAll(() => {
  for (const [rule, way, original] of originals) rule[way] = original;
});

describe("a rule reports through its context only its own id", () => {
  it("on every rule fixture", () => {
    for (const c of ruleCases) c.run();
    const reported = new Set(reports.map((r) => r.reported));
    // The fixtures reach most rules through their own files, not a shortcut around them.
    expect(reported.size).toBeGreaterThan(50);
    expect(reports.filter((r) => r.owner !== r.reported)).toEqual([]);
  });
});
