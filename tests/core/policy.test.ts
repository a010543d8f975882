import { describe, expect, expectTypeOf, it } from "vitest";
import { checkedPolicy, loadPolicy, mergePolicy } from "../../core/load/load-policy.js";
import { DEFAULT_BUDGET_QUERIES, defaultPolicy, type Policy } from "../../core/policy/policy.js";
import { at, finding } from "./support/evaluate.js";

const path = ".github/roadmap-gate.yml";
const load = (content: string | Uint8Array) => loadPolicy({ path, content });
const invalid = (text: string, needle: string, message: string) =>
  finding({ ruleId: "policy-invalid", file: path, ...at(text, needle), message });

describe("the policy file", () => {
  it("is the default policy when there is none", () => {
    expect(loadPolicy(undefined)).toEqual({ policy: defaultPolicy(), findings: [] });
  });

  it.each(["", "# all defaults\n", "\n\n"])("is the default policy when empty (%j)", (text) => {
    expect(load(text)).toMatchObject({ policy: defaultPolicy(), findings: [] });
  });

  it("fills in what it does not say from the defaults", () => {
    const text = "sign_off:\n  min_approvals: 2\n  reviewers: ['@acme/sre']\n";
    const { policy, findings } = load(text);
    expect(findings).toEqual([]);
    expect(policy!.sign_off).toEqual({
      reviewers: ["@acme/sre"],
      min_approvals: 2,
      max_age_days: 180,
      verify: true,
    });
    expect(policy!.gate).toEqual(defaultPolicy().gate);
  });

  it("replaces lists rather than adding to them", () => {
    const { policy } = load("gate:\n  metrics: [latency]\n");
    expect(policy!.gate.metrics).toEqual(["latency"]);
  });

  it("keeps `_extends` for the surfaces and never calls it unknown", () => {
    const loaded = load("_extends: acme/.github\nenforcement: warn\n");
    expect(loaded.findings).toEqual([]);
    expect(loaded.extends).toBe("acme/.github");
    expect(loaded.policy!.enforcement).toBe("warn");
    expect(loaded.policy).not.toHaveProperty("_extends");
  });

  it("merges a base and an override key by key", () => {
    const merged = mergePolicy(defaultPolicy(), { waivers: { max_days: 30 }, _extends: "x" });
    expect(merged.waivers).toEqual({ max_days: 30 });
    expect(merged.limits).toEqual(defaultPolicy().limits);
    expect(merged).not.toHaveProperty("_extends");
  });

  it("judges under a merged policy only once the schema accepts it: else a finding, not a crash", () => {
    const merged = mergePolicy(defaultPolicy(), { waivers: { max_days: "thirty" } });
    expect(checkedPolicy(".github/roadmap-gate.yml", merged)).toEqual({
      findings: [
        {
          ruleId: "policy-invalid",
          level: "error",
          file: ".github/roadmap-gate.yml",
          line: 1,
          column: 1,
          message:
            '`waivers.max_days` in the merged policy must be an integer, not a text ("thirty")',
          hint: "Write an integer here.",
        },
      ],
    });
    expect(checkedPolicy(".github/roadmap-gate.yml", mergePolicy(defaultPolicy(), {}))).toEqual({
      policy: defaultPolicy(),
      findings: [],
    });
  });

  it("types the policy from the schema's generated type, every key filled in", () => {
    expectTypeOf<Policy["waivers"]>().toEqualTypeOf<{ max_days: number }>();
    expectTypeOf<Policy["gate"]["statuses"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Policy["enforcement"]>().toEqualTypeOf<"block" | "warn">();
    expectTypeOf<Policy["error_budget"]["queries"]["pyrra"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Policy>().not.toHaveProperty("_extends");
  });
});

describe("an invalid policy file", () => {
  it("is an error at the offending value, and yields no policy", () => {
    const text = "gate:\n  statuses: [planned]\nsign_off:\n  min_approvals: two\n";
    expect(load(text)).toEqual({
      findings: [
        invalid(text, "min_approvals: |two", "`sign_off.min_approvals` in the policy must be"),
      ],
    });
  });

  it("reports an unknown key at the key, with a suggestion", () => {
    const text = "sign_off:\n  reviewer: ['@sam']\n";
    expect(load(text).findings).toEqual([
      invalid(text, "reviewer:", "Unknown key `reviewer` in `sign_off`; did you mean `reviewers`?"),
    ]);
  });

  it("reports a value outside its set", () => {
    const text = "enforcement: block\nlimits:\n  max_file_bytes: 1024\nenforcement2: x\n";
    expect(load(text).findings.map((f) => [f.line, f.column, f.ruleId])).toEqual([
      [4, 1, "policy-invalid"],
    ]);
    const bad = "enforcement: strict\n";
    expect(load(bad).findings).toEqual([
      invalid(bad, "strict", '`enforcement` in the policy is "strict"; it must be one of'),
    ]);
  });

  it("reports every fault, each at its own line", () => {
    const text = "paths: roadmap\nwaivers:\n  max_days: -1\nsign_off:\n  verify: maybe\n";
    const findings = load(text).findings;
    const positions = findings.map((f) => [f.line, f.column]);
    expect(positions.sort((a, b) => a[0]! - b[0]!)).toEqual([
      [1, 8],
      [3, 13],
      [5, 11],
    ]);
    expect(findings.every((f) => f.ruleId === "policy-invalid" && f.level === "error")).toBe(true);
  });

  it("reports YAML it cannot parse at the line and column", () => {
    const text = "gate:\n  statuses: [planned\nsign_off: {}\n";
    const [only] = load(text).findings;
    expect(only).toMatchObject({ ruleId: "policy-invalid", file: path, line: 3 });
    expect(only!.message).toContain("The policy file is not valid");
  });

  it("reports a duplicate key", () => {
    const text = "enforcement: warn\nenforcement: block\n";
    expect(load(text).findings).toEqual([
      invalid(text, "enforcement: block", "A key appears twice"),
    ]);
  });

  it("reports a list or a scalar instead of a mapping", () => {
    expect(load("- paths\n").findings).toEqual([
      finding({ ruleId: "policy-invalid", file: path, line: 1, column: 1, message: "a list" }),
    ]);
  });

  it("reports bytes that are not UTF-8", () => {
    expect(load(new Uint8Array([0x70, 0x3a, 0x20, 0xff])).findings).toEqual([
      finding({ ruleId: "policy-invalid", file: path, line: 1, column: 1, message: "UTF-8" }),
    ]);
  });

  it("reports a file the surface could not read", () => {
    expect(loadPolicy({ path, content: "", unreadable: "a symlink" }).findings).toEqual([
      finding({ ruleId: "policy-invalid", file: path, line: 1, column: 1, message: "a symlink" }),
    ]);
  });
});

describe("error_budget.query, checked with the PromQL grammar", () => {
  const policyWith = (query: string) => `error_budget:\n  query: '${query}'\n`;
  const refused = (query: string, message: string) => {
    const text = policyWith(query);
    expect(load(text)).toEqual({
      findings: [invalid(text, `'${query}'`, message)],
    });
  };

  it("accepts placeholders inside exact-match matchers' quoted values, and the default", () => {
    for (const query of [
      defaultPolicy().error_budget.query,
      'x{a="{slo}", "b"="{service}-api"} / y{c="{item}"}',
    ]) {
      const { policy, findings } = load(policyWith(query));
      expect(findings).toEqual([]);
      expect(policy!.error_budget.query).toBe(query);
    }
  });

  it("refuses a placeholder in a regular-expression matcher, where a name could inject a pattern", () => {
    refused(
      'ratio{sloth_slo=~"{slo}"}',
      "error_budget.query puts {slo} in a regular-expression matcher (=~): a name would be read as a pattern and could match other series (at character 19 of the query)",
    );
  });

  it("refuses a placeholder in a != matcher, a raw string, a function argument or bare PromQL", () => {
    refused('x{a!="{slo}"}', "puts {slo} in a != matcher");
    refused("x{a=`{item}`}", "puts {item} in a raw `…` string");
    refused('label_replace(up, "a", "{slo}", "b", "c")', "is not a label matcher's value");
    refused('x{a="1"} or {service}', "puts {service} outside a string");
  });

  it("refuses a query that is not PromQL", () => {
    refused('x{a="{slo}"', "error_budget.query is not valid PromQL: the query ends too early");
  });

  it("checks each format's query (error_budget.queries) the same way, and takes the defaults", () => {
    for (const [format, query] of Object.entries(DEFAULT_BUDGET_QUERIES)) {
      const { findings } = load(`error_budget:\n  queries:\n    ${format}: '${query}'\n`);
      expect(findings, format).toEqual([]);
    }
    const query = 'pyrra_availability{slo=~"{slo}"}';
    const text = `error_budget:\n  queries:\n    pyrra: '${query}'\n`;
    expect(load(text)).toEqual({
      findings: [
        invalid(
          text,
          `'${query}'`,
          "error_budget.queries.pyrra puts {slo} in a regular-expression matcher (=~)",
        ),
      ],
    });
  });
});
