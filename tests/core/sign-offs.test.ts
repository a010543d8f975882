import { describe, expect, it } from "vitest";
import { at, evaluateOne, finding, policy, ruleIds } from "./support/evaluate.js";
import { item, itemData, signOff } from "./support/item.js";

const riskReview = itemData().risk_review as Record<string, unknown>;
const withSignOffs = (...entries: Record<string, unknown>[]) =>
  item({ risk_review: { ...riskReview, sign_off: entries } });
const noApproval = (text: string, count = 0, needed = 1) =>
  finding({
    ruleId: "signoff-approvals",
    ...at(text, "sign_off:"),
    message: `FEAT-1 has ${count} approving sign-off${count === 1 ? "" : "s"}; it needs ${needed}`,
  });

describe("sign-offs as written (no GitHub to ask)", () => {
  it("counts an approval with conditions when the conditions are written", () => {
    const text = withSignOffs(
      signOff({ decision: "approved_with_conditions", conditions: "Kill switch tested first" }),
    );
    expect(evaluateOne(text).findings).toEqual([]);
  });

  it("does not count an approval with conditions that are not written", () => {
    const text = withSignOffs(signOff({ decision: "approved_with_conditions" }));
    expect(evaluateOne(text).findings).toEqual([
      noApproval(text),
      finding({
        ruleId: "signoff-conditions-missing",
        ...at(text, "- |reviewer"),
        message: "@sam approved FEAT-1 with conditions but the conditions are not written",
      }),
    ]);
  });

  it("does not count an approval whose conditions are blank, and says they are not written", () => {
    const text = withSignOffs(
      signOff({ decision: "approved_with_conditions", conditions: " \t " }),
    );
    expect(evaluateOne(text).findings).toEqual([
      noApproval(text),
      finding({
        ruleId: "signoff-conditions-missing",
        ...at(text, "- |reviewer"),
        message: "@sam approved FEAT-1 with conditions but the conditions are not written",
      }),
      finding({
        ruleId: "empty-value",
        ...at(text, "conditions: |"),
        message: "`risk_review.sign_off[0].conditions` in FEAT-1 is blank",
      }),
    ]);
  });

  it("accepts a sign-off dated today and refuses one dated tomorrow", () => {
    expect(evaluateOne(withSignOffs(signOff({ date: "2026-11-25" }))).findings).toEqual([]);
    const text = withSignOffs(signOff({ date: "2026-11-26" }));
    expect(evaluateOne(text).findings).toEqual([
      noApproval(text),
      finding({
        ruleId: "signoff-future-date",
        ...at(text, "date: |2026-11-26"),
        message: "@sam's sign-off of FEAT-1 is dated 2026-11-26, after today (2026-11-25)",
      }),
    ]);
  });

  it("takes today as an input", () => {
    const text = withSignOffs(signOff({ date: "2026-11-26" }));
    expect(evaluateOne(text, { today: "2026-11-26" }).findings).toEqual([]);
  });

  it("accepts a sign-off exactly max_age_days old and refuses one a day older", () => {
    expect(evaluateOne(withSignOffs(signOff({ date: "2026-05-29" }))).findings).toEqual([]);
    const text = withSignOffs(signOff({ date: "2026-05-28" }));
    expect(evaluateOne(text).findings).toEqual([
      noApproval(text),
      finding({
        ruleId: "signoff-stale",
        ...at(text, "date: |2026-05-28"),
        message: "@sam's sign-off of FEAT-1 (2026-05-28) is older than 180 days",
      }),
    ]);
  });

  it("takes the age limit from the policy", () => {
    const text = withSignOffs(signOff({ date: "2026-10-25" }));
    const strict = policy({ sign_off: { max_age_days: 30 } });
    expect(ruleIds(evaluateOne(text, { policy: strict }))).toEqual([
      "signoff-approvals",
      "signoff-stale",
    ]);
  });

  it("does not call a stale sign-off of a proposed item an error", () => {
    const text = item({
      status: "proposed",
      risk_review: { ...riskReview, sign_off: [signOff({ date: "2020-01-01" })] },
    });
    expect(evaluateOne(text).findings).toEqual([]);
  });

  it("blocks on a rejection even beside an approval", () => {
    const text = withSignOffs(signOff(), signOff({ reviewer: "@kim", decision: "rejected" }));
    const report = evaluateOne(text);
    expect(report.findings).toEqual([
      finding({
        ruleId: "signoff-rejected",
        ...at(text, "decision: |rejected"),
        message: "@kim rejected the risk review of FEAT-1",
      }),
    ]);
    expect(report.result).toBe("fail");
  });

  it("needs min_approvals approving sign-offs", () => {
    const two = policy({ sign_off: { min_approvals: 2 } });
    const one = withSignOffs(signOff());
    expect(evaluateOne(one, { policy: two }).findings).toEqual([noApproval(one, 1, 2)]);
    const both = withSignOffs(signOff(), signOff({ reviewer: "@kim" }));
    expect(evaluateOne(both, { policy: two }).findings).toEqual([]);
  });

  it("counts each reviewer once, whatever the case of the handle", () => {
    const two = policy({ sign_off: { min_approvals: 2 } });
    const text = withSignOffs(signOff(), signOff({ reviewer: "@Sam", date: "2026-11-20" }));
    expect(evaluateOne(text, { policy: two }).findings).toEqual([noApproval(text, 1, 2)]);
  });

  it("shows every sign-off in the item's report", () => {
    const text = withSignOffs(signOff(), signOff({ reviewer: "@kim", decision: "rejected" }));
    expect(evaluateOne(text).items[0]!.signOffs).toEqual([
      { reviewer: "@sam", decision: "approved", date: "2026-11-01", verified: undefined },
      { reviewer: "@kim", decision: "rejected", date: "2026-11-01", verified: undefined },
    ]);
  });

  it("takes the decision from the three the format knows", () => {
    const text = withSignOffs(signOff({ decision: "lgtm" }));
    expect(evaluateOne(text).findings).toContainEqual(
      finding({
        ruleId: "invalid-value",
        ...at(text, "decision: |lgtm"),
        message: '`risk_review.sign_off[0].decision` in FEAT-1 is "lgtm"; it must be one of',
      }),
    );
  });
});

describe("the policy's reviewers, checked locally", () => {
  const listed = policy({ sign_off: { reviewers: ["@sam", "@kim"] } });

  it("accepts a listed reviewer, whatever the case", () => {
    expect(evaluateOne(item(), { policy: listed }).findings).toEqual([]);
    const text = withSignOffs(signOff({ reviewer: "@SAM" }));
    expect(evaluateOne(text, { policy: listed }).findings).toEqual([]);
  });

  it("refuses a reviewer the policy does not list, and does not count them", () => {
    const text = withSignOffs(signOff({ reviewer: "@lee" }));
    expect(evaluateOne(text, { policy: listed }).findings).toEqual([
      noApproval(text),
      finding({
        ruleId: "signoff-unauthorised",
        ...at(text, "reviewer: |"),
        message: "@lee is not among the policy's reviewers (@sam, @kim)",
      }),
    ]);
  });

  it("only warns about an unlisted reviewer on an item that is not gated", () => {
    const text = item({
      status: "proposed",
      risk_review: { ...riskReview, sign_off: [signOff({ reviewer: "@lee" })] },
    });
    const report = evaluateOne(text, { policy: listed });
    expect(report.findings).toEqual([
      finding({
        ruleId: "signoff-unauthorised",
        level: "warning",
        ...at(text, "reviewer: |"),
        message: "@lee is not among the policy's reviewers",
      }),
    ]);
    expect(report.result).toBe("pass");
  });

  it("trusts any reviewer when the policy lists a team, which only GitHub can check", () => {
    const team = policy({ sign_off: { reviewers: ["@acme/sre"] } });
    expect(
      evaluateOne(withSignOffs(signOff({ reviewer: "@lee" })), { policy: team }).findings,
    ).toEqual([]);
  });

  it("trusts any reviewer when the policy lists none", () => {
    expect(evaluateOne(withSignOffs(signOff({ reviewer: "@lee" }))).findings).toEqual([]);
  });
});
