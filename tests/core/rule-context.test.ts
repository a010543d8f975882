import { describe, expect, expectTypeOf, it } from "vitest";
import type { Finding } from "../../core/findings/finding.js";
import {
  contextFor,
  fileReports,
  itemContexts,
  runCheck,
  type ItemReports,
} from "../../core/rules/context.js";
import {
  checkRules,
  itemRules,
  parseRules,
  ruleCatalog,
  schemaRules,
  waiverRules,
} from "../../core/rules/index.js";
import {
  meta,
  type CheckRule,
  type ItemFacts,
  type PendingFinding,
  type ReportOptions,
  type RuleContext,
} from "../../core/rules/rule.js";
import { policy } from "./support/evaluate.js";

/** A rule made here, so that what it reports is known to the letter. */
const own = meta("own-rule", "warning", "A rule of the test's own.");
const saysHello: CheckRule<string> = {
  meta: own,
  check(context, name) {
    context.report({ message: `Hello ${name}`, hint: "Say it back.", line: 3, column: 4 });
  },
};

describe("a rule's context is bound to the rule that runs", () => {
  it("takes no rule in a report: a rule cannot name another id", () => {
    expectTypeOf<RuleContext["report"]>().parameters.toEqualTypeOf<[ReportOptions]>();
  });

  it("reports a check rule's findings under its own id", () => {
    const findings: Finding[] = [];
    runCheck(saysHello, fileReports("roadmap/a.yaml", findings), "Sam");
    expect(findings).toEqual([
      {
        ruleId: "own-rule",
        level: "warning",
        file: "roadmap/a.yaml",
        line: 3,
        column: 4,
        message: "Hello Sam",
        hint: "Say it back.",
      },
    ]);
  });

  it("binds an item rule's report and waive to the rule that runs, over the item's facts", () => {
    const added: [string, string][] = [];
    const waived: [string, PendingFinding][] = [];
    const reports: ItemReports = {
      file: "roadmap/a.yaml",
      add: (rule, options) => added.push([rule.id, options.message]),
      waive: (ruleId, note) => waived.push([ruleId, note]),
    };
    const facts: ItemFacts = {
      file: "roadmap/a.yaml",
      data: { id: "FEAT-1" },
      label: "FEAT-1",
      policy: policy(),
      today: "2026-01-01",
      gated: true,
      ai: false,
      signOffs: [],
      idHolders: new Map(),
      catalog: new Map(),
    };
    const bind = itemContexts(facts, reports);
    const context = bind(own);
    context.report({ path: ["id"], message: `About ${context.label}`, hint: "h" });
    context.waive("slo-missing", { path: ["waivers", 0], message: "Waived", hint: "h" });
    expect(added).toEqual([["own-rule", "About FEAT-1"]]);
    expect(waived).toEqual([
      [
        "slo-missing",
        {
          ruleId: "own-rule",
          level: "warning",
          path: ["waivers", 0],
          target: "value",
          message: "Waived",
          hint: "h",
        },
      ],
    ]);
    expect(context.data).toBe(facts.data);
    // The next rule's context reports under the next rule's id.
    bind(meta("next-rule", "error", "Another.")).report({ message: "Next", hint: "h" });
    expect(added).toEqual([
      ["own-rule", "About FEAT-1"],
      ["next-rule", "Next"],
    ]);
  });

  it("binds a parse or schema rule's context as it binds a check rule's", () => {
    const findings: Finding[] = [];
    const rule = parseRules["empty-file"];
    rule.fromParser(contextFor(rule.meta, fileReports("a.yaml", findings)), {
      problem: { ruleId: "empty-file" },
    });
    expect(findings.map((f) => f.ruleId)).toEqual(["empty-file"]);
  });
});

describe("every rule has a list the engine runs it from", () => {
  it("lists each catalog id in exactly one of the rule lists, and nothing else", () => {
    const listed = [
      ...Object.values(parseRules),
      ...schemaRules,
      ...itemRules,
      ...waiverRules,
      ...checkRules,
    ].map((r) => r.meta.id);
    // missing-field, invalid-value and date-format speak for the schema and judge items too.
    const twice = new Set(["missing-field", "invalid-value", "date-format"]);
    const counts = new Map<string, number>();
    for (const id of listed) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts].filter(([id, n]) => n !== (twice.has(id) ? 2 : 1))).toEqual([]);
    expect(new Set(listed)).toEqual(new Set(ruleCatalog().keys()));
  });
});
