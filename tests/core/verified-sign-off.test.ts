import { describe, expect, it } from "vitest";
import { verifyReviewer } from "../../core/signoff/verify-sign-off.js";
import {
  at,
  evaluateFiles,
  evaluateOne,
  FILE,
  finding,
  policy,
  ruleIds,
} from "./support/evaluate.js";
import { facts, HEAD, OLD, review } from "./support/facts.js";
import { item, itemData, signOff, waiver } from "./support/item.js";

const riskReview = itemData().risk_review as Record<string, unknown>;
const withSignOffs = (...entries: Record<string, unknown>[]) =>
  item({ risk_review: { ...riskReview, sign_off: entries } });
const text = item();
const reviewerAt = at(text, "reviewer: |");
const unverified = (message: string, level: "error" | "warning" = "error", where = reviewerAt) =>
  finding({ ruleId: "signoff-unverified", level, ...where, message });
const short = (source = text, count = 0) =>
  finding({
    ruleId: "signoff-approvals",
    ...at(source, "sign_off:"),
    message: `FEAT-1 has ${count} verified approving sign-off${count === 1 ? "" : "s"}; it needs 1`,
  });
const at1 = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00Z`;

describe("a sign-off verified against the pull request's reviews", () => {
  it("counts when the reviewer approved the head", () => {
    const report = evaluateOne(text, { signOff: facts() });
    expect(report.findings).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(report.items[0]!.signOffs).toEqual([
      { reviewer: "@sam", decision: "approved", date: "2026-11-01", verified: true },
    ]);
  });

  it("does not count a name written in the YAML without an approval", () => {
    const report = evaluateOne(text, { signOff: facts({ reviews: [] }) });
    expect(report.findings).toEqual([
      short(),
      unverified("@sam's sign-off of FEAT-1 is not backed by an approval: @sam has not approved"),
    ]);
    expect(report.items[0]!.signOffs[0]!.verified).toBe(false);
  });

  it("ignores a sign-off by the pull request's author, even with an approval", () => {
    const report = evaluateOne(text, { signOff: facts({ author: "sam" }) });
    expect(report.findings).toEqual([
      short(),
      unverified("@sam opened this pull request; an author cannot sign off their own item"),
    ]);
  });

  it("treats an approval of an older commit where the item differed as stale", () => {
    const signOff = facts({
      reviews: [review("sam", "APPROVED", OLD)],
      blobs: { [`${HEAD}:${FILE}`]: "blob-2", [`${OLD}:${FILE}`]: "blob-1" },
    });
    expect(evaluateOne(text, { signOff }).findings).toEqual([
      short(),
      unverified("@sam approved ooooooo, where roadmap/feat-1.yaml differs from the head"),
    ]);
  });

  it("treats an approval of an older commit where the item did not exist as stale", () => {
    const signOff = facts({
      reviews: [review("sam", "APPROVED", OLD)],
      blobs: { [`${HEAD}:${FILE}`]: "blob-2", [`${OLD}:${FILE}`]: null },
    });
    expect(ruleIds(evaluateOne(text, { signOff }))).toEqual([
      "signoff-approvals",
      "signoff-unverified",
    ]);
  });

  it("keeps an approval of an older commit where this item is byte-for-byte the same", () => {
    const signOff = facts({
      reviews: [review("sam", "APPROVED", OLD)],
      blobs: { [`${HEAD}:${FILE}`]: "blob-2", [`${OLD}:${FILE}`]: "blob-2" },
    });
    expect(evaluateOne(text, { signOff }).findings).toEqual([]);
  });

  it("makes older approvals stale only for the item that changed", () => {
    const a = "roadmap/a.yaml";
    const b = "roadmap/b.yaml";
    const signOff = facts({
      changedPaths: [a, b],
      reviews: [review("sam", "APPROVED", OLD)],
      blobs: {
        [`${HEAD}:${a}`]: "a-2",
        [`${OLD}:${a}`]: "a-1",
        [`${HEAD}:${b}`]: "b-1",
        [`${OLD}:${b}`]: "b-1",
      },
    });
    const report = evaluateFiles({ [a]: text, [b]: item({ id: "FEAT-2" }) }, { signOff });
    expect(report.findings.map((f) => [f.file, f.ruleId])).toEqual([
      [a, "signoff-approvals"],
      [a, "signoff-unverified"],
    ]);
    expect(report.items.map((i) => [i.file, i.verdict])).toEqual([
      [a, "fail"],
      [b, "pass"],
    ]);
  });

  it("does not count a reviewer without the authority to sign off", () => {
    const signOff = facts({ authorised: [], refused: { sam: "read access only" } });
    expect(evaluateOne(text, { signOff }).findings).toEqual([
      short(),
      unverified("@sam is not an authorised reviewer (read access only)"),
    ]);
  });

  it("does not count a reviewer whose authority was never established", () => {
    const signOff = facts({ authorised: [] });
    expect(evaluateOne(text, { signOff }).findings).toEqual([
      short(),
      unverified("@sam is not an authorised reviewer"),
    ]);
  });

  it("fails closed when a reviewer's authority cannot be checked, even with enough approvals", () => {
    const both = withSignOffs(signOff(), signOff({ reviewer: "@kim" }));
    const signOff2 = facts({
      reviews: [review("sam"), review("kim")],
      unknown: { kim: "the token cannot read the members of @acme/sre" },
    });
    const report = evaluateOne(both, { signOff: signOff2 });
    expect(report.findings).toEqual([
      finding({
        ruleId: "signoff-authority-unknown",
        ...at(both, "reviewer: |", 2),
        message:
          "Could not check whether @kim may sign off FEAT-1: the token cannot read the members of @acme/sre",
      }),
    ]);
    expect(report.result).toBe("fail");
  });

  it("only warns about an unverified sign-off when enough others are verified", () => {
    const both = withSignOffs(signOff(), signOff({ reviewer: "@kim" }));
    const report = evaluateOne(both, { signOff: facts({ authorised: ["sam", "kim"] }) });
    expect(report.findings).toEqual([
      unverified("@kim's sign-off of FEAT-1", "warning", at(both, "reviewer: |", 2)),
    ]);
    expect(report.result).toBe("pass");
  });
});

describe("the reviewer's latest decisive review", () => {
  const judge = (reviews: ReturnType<typeof review>[]) =>
    evaluateOne(text, { signOff: facts({ reviews }) });

  it("is not an approval after changes were requested", () => {
    const report = judge([
      review("sam", "APPROVED", HEAD, at1(20)),
      review("sam", "CHANGES_REQUESTED", HEAD, at1(21)),
    ]);
    expect(report.findings).toEqual([
      short(),
      unverified("@sam's latest review is changes requested, not an approval"),
    ]);
  });

  it("is an approval after changes were requested and then approved", () => {
    const report = judge([
      review("sam", "CHANGES_REQUESTED", HEAD, at1(20)),
      review("sam", "APPROVED", HEAD, at1(21)),
    ]);
    expect(report.findings).toEqual([]);
  });

  it("is told by time, not by the order the reviews arrive in", () => {
    const report = judge([
      review("sam", "CHANGES_REQUESTED", HEAD, at1(21)),
      review("sam", "APPROVED", HEAD, at1(20)),
    ]);
    expect(ruleIds(report)).toEqual(["signoff-approvals", "signoff-unverified"]);
  });

  it("ignores comments and pending reviews after an approval", () => {
    const report = judge([
      review("sam", "APPROVED", HEAD, at1(20)),
      review("sam", "COMMENTED", HEAD, at1(21)),
      review("sam", "PENDING", HEAD, at1(22)),
    ]);
    expect(report.findings).toEqual([]);
  });

  it("is not an approval once dismissed", () => {
    const report = judge([
      review("sam", "APPROVED", HEAD, at1(20)),
      review("sam", "DISMISSED", HEAD, at1(21)),
    ]);
    expect(report.findings).toEqual([
      short(),
      unverified("@sam's latest review is dismissed, not an approval"),
    ]);
  });

  it("does not borrow another reviewer's approval", () => {
    const report = judge([review("kim")]);
    expect(ruleIds(report)).toEqual(["signoff-approvals", "signoff-unverified"]);
  });
});

describe("logins and counting", () => {
  it("compares logins case-insensitively", () => {
    const mixed = withSignOffs(signOff({ reviewer: "@Sam" }));
    const report = evaluateOne(mixed, { signOff: facts({ reviews: [review("SAM")] }) });
    expect(report.findings).toEqual([]);
  });

  it("knows the author whatever the case", () => {
    const report = evaluateOne(text, { signOff: facts({ author: "SaM" }) });
    expect(report.findings).toContainEqual(unverified("@sam opened this pull request"));
  });

  it("counts each reviewer once", () => {
    const twice = withSignOffs(signOff(), signOff({ reviewer: "@SAM", date: "2026-11-02" }));
    const report = evaluateOne(twice, {
      signOff: facts(),
      policy: policy({ sign_off: { min_approvals: 2 } }),
    });
    expect(report.findings).toEqual([
      finding({
        ruleId: "signoff-approvals",
        ...at(twice, "sign_off:"),
        message: "FEAT-1 has 1 verified approving sign-off; it needs 2",
      }),
    ]);
  });

  it("counts a verified approval with conditions", () => {
    const conditional = withSignOffs(
      signOff({ decision: "approved_with_conditions", conditions: "Kill switch first" }),
    );
    expect(evaluateOne(conditional, { signOff: facts() }).findings).toEqual([]);
  });

  it("blocks on a rejection that no review backs", () => {
    const rejected = withSignOffs(signOff(), signOff({ reviewer: "@kim", decision: "rejected" }));
    const report = evaluateOne(rejected, { signOff: facts() });
    expect(report.findings).toEqual([
      unverified("@kim's sign-off of FEAT-1", "warning", at(rejected, "reviewer: |", 2)),
      finding({
        ruleId: "signoff-rejected",
        ...at(rejected, "decision: |rejected"),
        message: "@kim rejected the risk review of FEAT-1",
      }),
    ]);
    expect(report.result).toBe("fail");
  });
});

describe("items the pull request does not change", () => {
  it("are judged as written, without asking for approvals", () => {
    const report = evaluateOne(text, {
      signOff: facts({ reviews: [], changedPaths: ["roadmap/other.yaml"] }),
    });
    expect(report.findings).toEqual([]);
    expect(report.items[0]!.signOffs[0]!.verified).toBeUndefined();
  });
});

describe("waivers' approved_by", () => {
  const metrics = { ...(itemData().metrics as object), latency: undefined };
  const waived = (approvedBy: string) =>
    item({ metrics, waivers: [waiver({ approved_by: approvedBy })] });

  it("holds when the approver approved the head", () => {
    const source = waived("@kim");
    const report = evaluateOne(source, {
      signOff: facts({ reviews: [review("sam"), review("kim")], authorised: ["sam", "kim"] }),
    });
    expect(ruleIds(report)).toEqual(["waiver-applied"]);
  });

  it("silences nothing when the approver did not approve", () => {
    const source = waived("@kim");
    const report = evaluateOne(source, { signOff: facts({ authorised: ["sam", "kim"] }) });
    expect(report.findings).toEqual([
      finding({ ruleId: "metric-missing", ...at(source, "metrics:"), message: "`latency`" }),
      finding({
        ruleId: "waiver-unverified",
        ...at(source, "approved_by: |"),
        message:
          "The waiver of `metric-missing` is not backed by an approval: @kim has not approved",
      }),
    ]);
  });

  it("silences nothing when the author approves their own waiver", () => {
    const source = waived("@lee");
    const report = evaluateOne(source, { signOff: facts({ authorised: ["sam", "lee"] }) });
    expect(ruleIds(report)).toEqual(["metric-missing", "waiver-unverified"]);
    expect(report.findings[1]!.message).toContain("@lee opened this pull request");
  });

  it("silences nothing when the approval is stale for the item", () => {
    const source = waived("@sam");
    const signOff = facts({
      reviews: [review("sam", "APPROVED", OLD)],
      blobs: { [`${HEAD}:${FILE}`]: "blob-2", [`${OLD}:${FILE}`]: "blob-1" },
    });
    expect(ruleIds(evaluateOne(source, { signOff }))).toEqual([
      "metric-missing",
      "signoff-approvals",
      "signoff-unverified",
      "waiver-unverified",
    ]);
  });

  it("holds as written on an item the pull request does not change", () => {
    const report = evaluateOne(waived("@kim"), {
      signOff: facts({ reviews: [], changedPaths: [] }),
    });
    expect(ruleIds(report)).toEqual(["waiver-applied"]);
  });
});

describe("verifyReviewer", () => {
  it("is a pure function of the facts", () => {
    const f = facts();
    expect(verifyReviewer("@sam", FILE, f)).toEqual({ verified: true });
    expect(verifyReviewer("@sam", FILE, f)).toEqual({ verified: true });
    expect(verifyReviewer("@sam", "roadmap/elsewhere.yaml", f)).toMatchObject({ verified: false });
  });

  it("never counts a bot's approval, by user type or by a [bot] login", () => {
    const typed = { ...review("sam"), bot: true };
    expect(verifyReviewer("@sam", FILE, facts({ reviews: [typed] }))).toEqual({
      verified: false,
      reason: "@sam is a bot; a bot's approval never counts",
    });
    const app = facts({ reviews: [review("renovate[bot]")], authorised: ["renovate[bot]"] });
    expect(verifyReviewer("@renovate[bot]", FILE, app)).toEqual({
      verified: false,
      reason: "@renovate[bot] is a bot; a bot's approval never counts",
    });
  });

  it("marks only an authority error as failing closed", () => {
    const approved = { reviews: [review("kim")] };
    expect(
      verifyReviewer("@kim", FILE, facts({ ...approved, unknown: { kim: "forbidden" } })),
    ).toEqual({
      verified: false,
      reason: "forbidden",
      failClosed: true,
    });
    expect(verifyReviewer("@kim", FILE, facts())).not.toHaveProperty("failClosed");
  });
});
