import { describe, expect, it } from "vitest";
import { UNVERIFIED_NOTICE } from "../../core/evaluate.js";
import { at, evaluateOne, finding, FILE, policy, ruleIds } from "./support/evaluate.js";
import { aiItemData, item, itemData, metric, yaml } from "./support/item.js";

const identity = (status: string) =>
  yaml({
    apiVersion: "roadmap-gate/v1",
    id: "FEAT-1",
    title: "Dark mode",
    owner: "@acme/web",
    status,
  });

describe("a complete gated item", () => {
  it("passes with no findings", () => {
    const report = evaluateOne(item());
    expect(report.findings).toEqual([]);
    expect(report.result).toBe("pass");
    expect(report.items).toEqual([
      expect.objectContaining({ file: FILE, id: "FEAT-1", gated: true, verdict: "pass" }),
    ]);
  });

  it.each(["planned", "in_progress", "launched"])("passes when %s", (status) => {
    expect(evaluateOne(item({ status })).findings).toEqual([]);
  });

  it("says once that sign-offs were judged as written", () => {
    expect(evaluateOne(item()).notices).toEqual([UNVERIFIED_NOTICE]);
  });
});

describe("gating by status", () => {
  it.each(["proposed", "retired"])("asks a %s item for its identity only", (status) => {
    const report = evaluateOne(identity(status));
    expect(report.findings).toEqual([]);
    expect(report.items[0]).toMatchObject({ gated: false, verdict: "not-gated" });
  });

  it.each(["planned", "in_progress", "launched"])(
    "asks a %s item for the whole execution plan",
    (status) => {
      const text = identity(status);
      const top = at(text, "apiVersion");
      const report = evaluateOne(text);
      expect(report.findings).toEqual([
        finding({ ruleId: "team-missing", ...top, message: `FEAT-1 is \`${status}\`` }),
        finding({ ruleId: "slices-missing", ...top, message: "has no `slices`" }),
        finding({ ruleId: "risk-review-missing", ...top, message: "has no `risk_review`" }),
        ...["pipeline_reliability", "error_budget", "latency"].map((kind) =>
          finding({ ruleId: "metric-missing", ...top, message: `has no \`${kind}\` metric` }),
        ),
        ...["logging", "failures", "performance", "user_feedback"].map((kind) =>
          finding({
            ruleId: "instrumentation-missing",
            ...top,
            message: `has no \`${kind}\` instrumentation`,
          }),
        ),
      ]);
      expect(report.items[0]).toMatchObject({ gated: true, verdict: "fail", errors: 10 });
    },
  );

  it("still checks the shape of a proposed item", () => {
    const text = identity("proposed") + "metircs: {}\n";
    expect(evaluateOne(text).findings).toEqual([
      finding({ ruleId: "unknown-key", ...at(text, "metircs"), message: "`metircs`" }),
    ]);
  });

  it("asks a proposed item for every identity field", () => {
    const text = yaml({ apiVersion: "roadmap-gate/v1", id: "FEAT-1", status: "proposed" });
    expect(evaluateOne(text).findings).toEqual([
      finding({ ruleId: "missing-field", line: 1, column: 1, message: "FEAT-1 has no `title`" }),
      finding({ ruleId: "missing-field", line: 1, column: 1, message: "FEAT-1 has no `owner`" }),
    ]);
  });

  it("does not gate a rejected sign-off on a proposed item", () => {
    const data = itemData({ status: "proposed" });
    const review = data.risk_review as { sign_off: Record<string, unknown>[] };
    review.sign_off[0]!.decision = "rejected";
    expect(evaluateOne(yaml(data)).findings).toEqual([]);
  });

  it("gates the statuses the policy names, and only those", () => {
    const launchedOnly = policy({ gate: { statuses: ["launched"] } });
    expect(evaluateOne(identity("planned"), { policy: launchedOnly }).findings).toEqual([]);
    expect(ruleIds(evaluateOne(identity("launched"), { policy: launchedOnly }))).toContain(
      "team-missing",
    );
  });

  it("requires the metric and instrumentation kinds the policy names", () => {
    const custom = policy({
      gate: { metrics: ["latency", "cost_per_run"], instrumentation: ["logging"] },
    });
    const text = item();
    expect(evaluateOne(text, { policy: custom }).findings).toEqual([
      finding({
        ruleId: "metric-missing",
        ...at(text, "metrics:"),
        message: "FEAT-1 is `planned` but has no `cost_per_run` metric",
      }),
    ]);
    const metrics = { ...(itemData().metrics as object), cost_per_run: metric("<= 2/day") };
    expect(evaluateOne(item({ metrics }), { policy: custom }).findings).toEqual([]);
  });
});

describe("AI items", () => {
  it("need the drift_alerts metric and drift instrumentation", () => {
    const text = item({ ai: true });
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "metric-missing",
        ...at(text, "metrics:"),
        message: "FEAT-1 is `planned` (an AI item) but has no `drift_alerts` metric",
      }),
      finding({
        ruleId: "instrumentation-missing",
        ...at(text, "instrumentation:"),
        message: "FEAT-1 is `planned` but has no `drift` instrumentation",
      }),
    ]);
  });

  it("pass with them", () => {
    expect(evaluateOne(yaml(aiItemData())).findings).toEqual([]);
  });

  it("need drift from the policy's ai lists, not the defaults", () => {
    const custom = policy({ gate: { ai_metrics: ["fairness"], ai_instrumentation: [] } });
    const text = yaml(aiItemData());
    expect(evaluateOne(text, { policy: custom }).findings).toEqual([
      finding({
        ruleId: "metric-missing",
        ...at(text, "metrics:"),
        message: "(an AI item) but has no `fairness` metric",
      }),
    ]);
  });

  it("name a custom metric that looks like the missing kind (`drift` for `drift_alerts`)", () => {
    const { drift_alerts: drift, ...rest } = aiItemData().metrics as Record<string, unknown>;
    const text = yaml(aiItemData({ metrics: { ...rest, drift } }));
    expect(evaluateOne(text).findings).toEqual([
      {
        ...finding({
          ruleId: "metric-missing",
          ...at(text, "|drift:"),
          message:
            "FEAT-1 is `planned` (an AI item) but has no `drift_alerts` metric; did you mean `drift`?",
        }),
        hint: "Rename metrics.drift to metrics.drift_alerts; a custom metric does not count as `drift_alerts`.",
      },
    ]);
  });

  it("warn before gating of a custom metric one edit from a kind they will need", () => {
    const { drift_alerts: drift, ...rest } = aiItemData().metrics as Record<string, unknown>;
    const text = yaml(aiItemData({ status: "proposed", metrics: { ...rest, drift_alert: drift } }));
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "metric-missing",
        level: "warning",
        ...at(text, "|drift_alert:"),
        message:
          "`metrics.drift_alert` is a custom metric; did you mean `drift_alerts`, which FEAT-1 (an AI item) needs once gated?",
      }),
    ]);
  });

  it("leave custom metrics alone that look like no missing kind", () => {
    const metrics = { ...(aiItemData().metrics as object), drift: metric("<= 1/day") };
    expect(evaluateOne(yaml(aiItemData({ metrics }))).findings).toEqual([]);
    expect(
      evaluateOne(item({ status: "proposed", ai: false, metrics: { drift: metric("<= 1/day") } }))
        .findings,
    ).toEqual([]);
  });

  it("are not AI unless `ai` is true", () => {
    expect(evaluateOne(item({ ai: false })).findings).toEqual([]);
  });
});

describe("free keys", () => {
  it("accepts `x-` keys at the top and in nested mappings", () => {
    const data = itemData({ "x-jira": "ABC-1" });
    (data.team as Record<string, unknown>)["x-slack"] = "#export";
    (data.slices as Record<string, unknown>[])[0]!["x-estimate"] = 3;
    (data.metrics as Record<string, unknown>)["x-notes"] = "measured weekly";
    expect(evaluateOne(yaml(data)).findings).toEqual([]);
  });

  it("reports an unknown key in a nested mapping at the key", () => {
    const data = itemData();
    (data.slices as Record<string, unknown>[])[1]!.dependson = ["export-api"];
    const text = yaml(data);
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "unknown-key",
        ...at(text, "dependson"),
        message: "Unknown key `dependson` in `slices[1]`; did you mean `depends_on`?",
      }),
    ]);
  });
});
