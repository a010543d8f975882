import { describe, expect, it } from "vitest";
import { at, evaluateOne, finding, ruleIds } from "./support/evaluate.js";
import { item, itemData, json, signOff, yaml } from "./support/item.js";

const riskReview = itemData().risk_review as Record<string, unknown>;
const risk = (riskReview.risks as Record<string, unknown>[])[0]!;

describe("handles", () => {
  it.each(["@lee", "@a", "@acme/web", "@acme/web.platform_v2", "@Lee-Ann", "@" + "a".repeat(39)])(
    "accepts %j",
    (owner) => {
      expect(evaluateOne(item({ owner })).findings).toEqual([]);
    },
  );

  it.each(["lee", "@", "@-lee", "@acme/", "@lee ann", "@" + "a".repeat(40), "@lee@acme", "@/web"])(
    "rejects %j",
    (owner) => {
      const text = item({ owner });
      expect(evaluateOne(text).findings).toEqual([
        finding({
          ruleId: "handle-format",
          ...at(text, "owner: |"),
          message: `\`owner\` in FEAT-1 ${JSON.stringify(owner)} is not a GitHub handle`,
        }),
      ]);
    },
  );

  it("checks every handle: experts, pairings, risk owners, reviewers", () => {
    const text = item({
      team: {
        domain_experts: ["ana"],
        pairings: [{ senior: "maria", junior: "@devon", area: "pipeline" }],
      },
      risk_review: {
        risks: [{ ...risk, owner: "maria" }],
        sign_off: [signOff(), signOff({ reviewer: "kim" })],
      },
    });
    const paths = evaluateOne(text)
      .findings.filter((f) => f.ruleId === "handle-format")
      .map((f) => f.message.split(" in ")[0]);
    expect(paths).toEqual([
      "`team.domain_experts[0]`",
      "`team.pairings[0].senior`",
      "`risk_review.risks[0].owner`",
      "`risk_review.sign_off[1].reviewer`",
    ]);
  });
});

describe("team", () => {
  it("needs at least one domain expert", () => {
    const text = item({ team: { domain_experts: [] } });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "empty-list",
        ...at(text, "domain_experts: |[]"),
        message: "`team.domain_experts` in FEAT-1 is empty",
      }),
    ]);
  });

  it("needs a knowledge transfer plan for each external", () => {
    const text = item({ team: { domain_experts: ["@ana"], external: [{ who: "Vendor" }] } });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "missing-field",
        ...at(text, "- |who: Vendor"),
        message: "`team.external[0]` in FEAT-1 has no `knowledge_transfer`",
      }),
    ]);
  });

  it("takes pairings and externals as lists", () => {
    const text = item({
      team: { domain_experts: ["@ana"], pairings: { senior: "@a", junior: "@b", area: "x" } },
    });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "wrong-type",
        ...at(text, "pairings:\n    |senior"),
        message: "`team.pairings` in FEAT-1 must be a list, not a mapping",
      }),
    ]);
  });
});

describe("risks", () => {
  it.each(["likelihood", "impact"])("takes %s as low, medium or high", (field) => {
    const text = item({ risk_review: { ...riskReview, risks: [{ ...risk, [field]: "severe" }] } });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "invalid-value",
        ...at(text, "severe"),
        message: `\`risk_review.risks[0].${field}\` in FEAT-1 is "severe"; it must be one of low, medium, high`,
      }),
    ]);
  });

  it("needs at least one risk", () => {
    const text = item({ risk_review: { ...riskReview, risks: [] } });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "empty-list",
        ...at(text, "risks: |[]"),
        message: "`risk_review.risks` in FEAT-1 is empty",
      }),
    ]);
  });

  it("needs a mitigation for each risk", () => {
    const text = item({
      risk_review: { ...riskReview, risks: [{ ...risk, mitigation: undefined }] },
    });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "missing-field",
        ...at(text, "- |id: R1"),
        message: "`risk_review.risks[0]` in FEAT-1 has no `mitigation`",
      }),
    ]);
  });

  it("warns about two risks with one id, without failing", () => {
    const text = item({ risk_review: { ...riskReview, risks: [risk, { ...risk }] } });
    const report = evaluateOne(text);
    expect(report.findings).toEqual([
      finding({
        ruleId: "risk-duplicate-id",
        level: "warning",
        ...at(text, "- id: |R1", 2),
        message: "Risk id `R1` is used twice in FEAT-1",
      }),
    ]);
    expect(report.result).toBe("pass");
  });
});

describe("identity", () => {
  it.each(["FEAT-142", "AI-7", "X2-0"])("accepts the id %j", (id) => {
    expect(evaluateOne(item({ id })).findings).toEqual([]);
  });

  it.each(["feat-1", "FEAT1", "FEAT-", "-1", "FEAT-1a", "1FEAT-2", "FE AT-1"])(
    "rejects the id %j",
    (id) => {
      const text = item({ id });
      expect(evaluateOne(text).findings).toEqual([
        finding({
          ruleId: "id-format",
          ...at(text, "id: |"),
          message: `The item id ${JSON.stringify(id)} is not LETTERS-NUMBER`,
        }),
      ]);
    },
  );

  it("names an item with a bad id by its file path, unchanged", () => {
    const text = yaml({ apiVersion: "roadmap-gate/v1", id: "nope", status: "proposed" });
    const report = evaluateOne(text, { path: "roadmap/Team/x.yaml" });
    expect(report.findings.map((f) => f.message)).toContain("roadmap/Team/x.yaml has no `title`");
  });

  it("takes the issue as a positive whole number", () => {
    expect(evaluateOne(item({ issue: 12 })).items[0]!.issue).toBe(12);
    for (const issue of [0, 1.5, "12"]) {
      const text = item({ issue });
      expect(ruleIds(evaluateOne(text))).toEqual([
        typeof issue === "string" || !Number.isInteger(issue) ? "wrong-type" : "invalid-value",
      ]);
    }
  });

  it("takes `ai` as a boolean only", () => {
    const text = item({ ai: "yes" });
    expect(evaluateOne(text).findings).toEqual([
      finding({ ruleId: "wrong-type", ...at(text, "ai: |yes"), message: "must be a boolean" }),
    ]);
  });
});

describe("dates", () => {
  const quoted = (date: string) => item().replace(/date: .*/, `date: "${date}"`);

  it("accepts quoted and unquoted ISO dates", () => {
    expect(item()).toContain("date: 2026-11-01\n");
    expect(evaluateOne(item()).findings).toEqual([]);
    expect(evaluateOne(quoted("2026-11-01")).findings).toEqual([]);
    expect(evaluateOne(item().replace("date: 2026-11-01", "date: '2026-11-01'")).findings).toEqual(
      [],
    );
  });

  it("reads an unquoted date as the same date, not a timestamp", () => {
    expect(evaluateOne(item()).items[0]!.signOffs).toEqual([
      { reviewer: "@sam", decision: "approved", date: "2026-11-01", verified: undefined },
    ]);
  });

  it.each(["2026-11-31", "2026-02-29", "2026-13-01", "26-11-01", "2026-11-1", "2026/11/01"])(
    "rejects %j",
    (date) => {
      const text = quoted(date);
      expect(evaluateOne(text).findings).toContainEqual(
        finding({
          ruleId: "date-format",
          ...at(text, `date: |"`),
          message: `\`risk_review.sign_off[0].date\` in FEAT-1 "${date}" is not`,
        }),
      );
    },
  );
});

describe("JSON items", () => {
  it("passes a complete item written as JSON", () => {
    const report = evaluateOne(json(itemData()), { path: "roadmap/feat-1.json" });
    expect(report.findings).toEqual([]);
    expect(report.items[0]).toMatchObject({ file: "roadmap/feat-1.json", verdict: "pass" });
  });

  it("points at keys and values in the JSON text", () => {
    const text = json(itemData({ owner: "lee", metircs: {} }));
    const file = "roadmap/feat-1.json";
    expect(evaluateOne(text, { path: file }).findings).toEqual([
      finding({
        ruleId: "handle-format",
        file,
        ...at(text, '"owner": |"lee"'),
        message: '"lee" is not a GitHub handle',
      }),
      finding({
        ruleId: "unknown-key",
        file,
        ...at(text, '|"metircs"'),
        message: "Unknown key `metircs` in FEAT-1; did you mean `metrics`?",
      }),
    ]);
  });
});
