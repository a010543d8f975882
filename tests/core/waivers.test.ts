import { describe, expect, it } from "vitest";
import { at, evaluateFiles, evaluateOne, finding, policy, ruleIds } from "./support/evaluate.js";
import { item, itemData, waiver } from "./support/item.js";

const metrics = itemData().metrics as Record<string, unknown>;
const noLatency = { ...metrics, latency: undefined };
/** An item that lacks its latency metric, with the given waivers. */
const waived = (...waivers: Record<string, unknown>[]) => item({ metrics: noLatency, waivers });
const applied = (text: string, rule = "metric-missing", expires = "2026-12-20") =>
  finding({
    ruleId: "waiver-applied",
    level: "note",
    ...at(text, "- |rule: " + rule),
    message: `Rule \`${rule}\` is waived for FEAT-1 until ${expires}, approved by @sam`,
  });

describe("a waiver in force", () => {
  it("silences its rule for its item and says so in a note", () => {
    const text = waived(waiver());
    const report = evaluateOne(text);
    expect(report.findings).toEqual([applied(text)]);
    expect(report.result).toBe("pass");
    expect(report.items[0]!.waivers).toEqual([
      {
        rule: "metric-missing",
        reason: "Latency dashboard lands next sprint",
        approvedBy: "@sam",
        expires: "2026-12-20",
      },
    ]);
  });

  it("silences only that rule: the item's other findings stay", () => {
    const text = item({
      owner: "lee",
      metrics: noLatency,
      waivers: [waiver()],
    });
    expect(ruleIds(evaluateOne(text))).toEqual(["handle-format", "waiver-applied"]);
  });

  it("silences only that item: another item with the same fault still fails", () => {
    const other = item({ id: "FEAT-2", metrics: noLatency });
    const report = evaluateFiles({ "roadmap/a.yaml": waived(waiver()), "roadmap/b.yaml": other });
    expect(report.findings.map((f) => [f.file, f.ruleId])).toEqual([
      ["roadmap/a.yaml", "waiver-applied"],
      ["roadmap/b.yaml", "metric-missing"],
    ]);
  });

  it("holds until and including the day it expires", () => {
    const text = waived(waiver({ expires: "2026-11-25" }));
    expect(evaluateOne(text).findings).toEqual([applied(text, "metric-missing", "2026-11-25")]);
  });

  it("may run exactly waivers.max_days", () => {
    const text = waived(waiver({ expires: "2027-02-23" }));
    expect(ruleIds(evaluateOne(text))).toEqual(["waiver-applied"]);
  });

  it("is shown even when its rule has nothing to silence", () => {
    const text = item({ waivers: [waiver()] });
    expect(evaluateOne(text).findings).toEqual([applied(text)]);
  });
});

describe("waivers that do not hold", () => {
  it("reports an expired waiver and keeps the finding it meant to silence", () => {
    const text = waived(waiver({ expires: "2026-11-24" }));
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "metric-missing",
        ...at(text, "metrics:"),
        message: "has no `latency` metric",
      }),
      finding({
        ruleId: "waiver-expired",
        ...at(text, "expires: |2026-11-24"),
        message: "The waiver of `metric-missing` expired on 2026-11-24",
      }),
    ]);
  });

  it("reports a waiver longer than waivers.max_days and silences nothing", () => {
    const text = waived(waiver({ expires: "2027-02-24" }));
    expect(ruleIds(evaluateOne(text))).toEqual(["metric-missing", "waiver-too-long"]);
    const lenient = policy({ waivers: { max_days: 365 } });
    expect(ruleIds(evaluateOne(text, { policy: lenient }))).toEqual(["waiver-applied"]);
  });

  it.each([
    "signoff-stale",
    "signoff-approvals",
    "signoff-rejected",
    "signoff-unverified",
    "waiver-expired",
    "yaml-syntax",
    "id-duplicate",
    "unknown-key",
    "api-version",
    "risk-review-missing",
  ])("refuses to waive %s", (rule) => {
    const text = item({ waivers: [waiver({ rule })] });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "waiver-not-waivable",
        ...at(text, `rule: |${rule}`),
        message: `Rule \`${rule}\` cannot be waived`,
      }),
    ]);
  });

  it("does not let a waiver silence a stale sign-off", () => {
    const riskReview = itemData().risk_review as { sign_off: Record<string, unknown>[] };
    const stale = { ...riskReview, sign_off: [{ ...riskReview.sign_off[0], date: "2025-01-01" }] };
    const text = item({ risk_review: stale, waivers: [waiver({ rule: "signoff-stale" })] });
    expect(ruleIds(evaluateOne(text))).toEqual([
      "signoff-approvals",
      "signoff-stale",
      "waiver-not-waivable",
    ]);
  });

  it("warns about a waiver of a rule that does not exist", () => {
    const text = waived(waiver({ rule: "metrics-missing" }));
    const report = evaluateOne(text);
    expect(report.findings).toEqual([
      finding({ ruleId: "metric-missing", ...at(text, "metrics:"), message: "`latency`" }),
      finding({
        ruleId: "waiver-unknown-rule",
        level: "warning",
        ...at(text, "rule: |metrics-missing"),
        message: "The waiver names rule `metrics-missing`, which does not exist",
      }),
    ]);
  });

  it("reports an expired waiver as an error even when its rule does not exist", () => {
    const text = item({ waivers: [waiver({ rule: "metric-objective", expires: "2025-11-25" })] });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "waiver-unknown-rule",
        level: "warning",
        ...at(text, "rule: |metric-objective"),
        message: "The waiver names rule `metric-objective`, which does not exist",
      }),
      finding({
        ruleId: "waiver-expired",
        ...at(text, "expires: |2025-11-25"),
        message: "The waiver of `metric-objective` expired on 2025-11-25",
      }),
    ]);
  });

  it("reports an expired waiver of a rule that cannot be waived as expired too", () => {
    const text = item({ waivers: [waiver({ rule: "signoff-stale", expires: "2025-11-25" })] });
    expect(ruleIds(evaluateOne(text))).toEqual(["waiver-not-waivable", "waiver-expired"]);
  });

  it("reports an expiry date that does not exist, and silences nothing", () => {
    const text = waived(waiver({ expires: "2026-11-31" }));
    expect(evaluateOne(text).findings).toEqual([
      finding({ ruleId: "metric-missing", ...at(text, "metrics:"), message: "`latency`" }),
      finding({
        ruleId: "date-format",
        ...at(text, "expires: |2026-11-31"),
        message: '`waivers[0].expires` in FEAT-1 "2026-11-31" is not a real date',
      }),
    ]);
  });

  it("needs rule, reason, approved_by and expires", () => {
    const text = waived({ rule: "metric-missing" });
    expect(ruleIds(evaluateOne(text))).toEqual([
      "metric-missing",
      "missing-field",
      "missing-field",
      "missing-field",
    ]);
  });
});

describe("what a waiver can never silence", () => {
  it("keeps an item without a risk review failing, whatever the waiver", () => {
    const text = item({
      risk_review: undefined,
      waivers: [waiver({ rule: "risk-review-missing" })],
    });
    expect(ruleIds(evaluateOne(text))).toEqual(["risk-review-missing", "waiver-not-waivable"]);
    expect(evaluateOne(text).result).toBe("fail");
  });

  it("keeps a status outside the allowed set an error, so the item cannot slip out of the gate", () => {
    const text = waived(waiver({ rule: "invalid-value" }));
    const misspelt = text.replace("status: planned", "status: Planned");
    const report = evaluateOne(misspelt);
    expect(report.findings).toEqual([
      finding({
        ruleId: "invalid-value",
        ...at(misspelt, "status: |Planned"),
        message: '`status` in FEAT-1 is "Planned"',
      }),
      finding({
        ruleId: "waiver-applied",
        level: "note",
        ...at(misspelt, "- |rule: invalid-value"),
        message: "Rule `invalid-value` is waived for FEAT-1",
      }),
    ]);
    expect(report.result).toBe("fail");
  });

  it("keeps a missing status and a wrongly typed ai flag, whose waivers would loosen the gate", () => {
    const noStatus = item({ status: undefined, waivers: [waiver({ rule: "missing-field" })] });
    expect(ruleIds(evaluateOne(noStatus))).toEqual(["missing-field", "waiver-applied"]);
    const aiText = item({ ai: "yes", waivers: [waiver({ rule: "wrong-type" })] });
    expect(ruleIds(evaluateOne(aiText))).toEqual(["wrong-type", "waiver-applied"]);
  });

  it("keeps a blank mitigation of a risk, even with a waiver of empty-value", () => {
    const risks = [{ ...riskOf(itemData()), mitigation: "   " }];
    const text = item({
      risk_review: { ...(itemData().risk_review as object), risks },
      waivers: [waiver({ rule: "empty-value" })],
    });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "empty-value",
        ...at(text, 'mitigation: |"   "'),
        message: "`risk_review.risks[0].mitigation` in FEAT-1 is blank",
      }),
      finding({
        ruleId: "waiver-applied",
        level: "note",
        ...at(text, "- |rule: empty-value"),
        message: "Rule `empty-value` is waived",
      }),
    ]);
  });
});

describe("a waiver's approved_by, locally", () => {
  const listed = policy({ sign_off: { reviewers: ["@sam", "@ria"] } });

  it("is checked against a policy that lists only users, like a sign-off", () => {
    const text = waived(waiver({ approved_by: "@mallory" }));
    expect(evaluateOne(text, { policy: listed }).findings).toEqual([
      finding({ ruleId: "metric-missing", ...at(text, "metrics:"), message: "`latency`" }),
      finding({
        ruleId: "waiver-unverified",
        ...at(text, 'approved_by: |"@mallory"'),
        message:
          "The waiver of `metric-missing` is approved by @mallory, who is not among the policy's reviewers (@sam, @ria)",
      }),
    ]);
  });

  it("holds when a listed reviewer approved it, whatever the case of the handle", () => {
    const text = waived(waiver({ approved_by: "@Ria" }));
    expect(ruleIds(evaluateOne(text, { policy: listed }))).toEqual(["waiver-applied"]);
  });
});

function riskOf(data: Record<string, unknown>): Record<string, unknown> {
  return (data.risk_review as { risks: Record<string, unknown>[] }).risks[0]!;
}
