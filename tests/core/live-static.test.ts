import { describe, expect, it } from "vitest";
import { issueChecklists } from "../../core/checklist/issue-checklists.js";
import { loadPolicy } from "../../core/load/load-policy.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import { resolvePolicy } from "../../core/load/resolve-policy.js";
import { evaluateOne, only, policy, ruleIds } from "./support/evaluate.js";
import { item, itemData, TODAY } from "./support/item.js";

const base = itemData();
const instrumentation = base.instrumentation as Record<string, Record<string, unknown>>;
const signals = (kinds: string[]) => ({ policy: policy({ gate: { signals: kinds } }) });
const upSignal = { type: "prometheus", query: 'up{job="export-api"}' };
const withLogging = (logging: Record<string, unknown>, overrides: Record<string, unknown> = {}) =>
  item({ instrumentation: { ...instrumentation, logging }, ...overrides });

describe("instrumentation signals (gate.signals)", () => {
  it("pass when the kind carries a signal", () => {
    const text = withLogging({ ...instrumentation.logging, signal: upSignal });
    expect(evaluateOne(text, signals(["logging"])).findings).toEqual([]);
  });

  it("are not asked of an item that is not gated", () => {
    const report = evaluateOne(item({ status: "proposed" }), signals(["logging"]));
    expect(ruleIds(report)).not.toContain("signal-missing");
  });

  it("leave a required kind that is absent to instrumentation-missing, once", () => {
    const { logging: _gone, ...rest } = instrumentation;
    const report = evaluateOne(item({ instrumentation: rest }), signals(["logging"]));
    expect(ruleIds(report)).toEqual(["instrumentation-missing"]);
  });

  it("are asked of every kind the policy names, one finding each", () => {
    const report = evaluateOne(item(), signals(["logging", "failures", "not_written"]));
    expect(only(report, "signal-missing").map((f) => f.message)).toEqual([
      expect.stringContaining("instrumentation.logging"),
      expect.stringContaining("instrumentation.failures"),
    ]);
  });

  it("are off under the default policy", () => {
    expect(defaultPolicy().gate.signals).toEqual([]);
    expect(evaluateOne(item()).findings).toEqual([]);
  });
});

describe("a signal's shape", () => {
  it("needs a query, of type prometheus, and no other key", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ type: "prometheus" }, "missing-field"],
      [{ type: "datadog", query: "x" }, "invalid-value"],
      [{ ...upSignal, extra: 1 }, "unknown-key"],
      [{ ...upSignal, query: "" }, "empty-value"],
    ];
    for (const [signal, rule] of cases) {
      const text = withLogging({ ...instrumentation.logging, signal });
      expect(ruleIds(evaluateOne(text)), JSON.stringify(signal)).toEqual([rule]);
    }
  });

  it("has its query checked as PromQL only when its type is prometheus", () => {
    const bad = withLogging({ ...instrumentation.logging, signal: { ...upSignal, query: "up{" } });
    expect(ruleIds(evaluateOne(bad))).toEqual(["sli-query-syntax"]);
    const other = withLogging({
      ...instrumentation.logging,
      signal: { type: "datadog", query: "up{" },
    });
    expect(ruleIds(evaluateOne(other))).toEqual(["invalid-value"]);
  });
});

const external = (until: unknown, overrides: Record<string, unknown> = {}) =>
  item({
    team: {
      domain_experts: ["@ana"],
      external: [{ who: "Acme ML", knowledge_transfer: "Runbook", until }],
    },
    ...overrides,
  });

describe("team.external[].until", () => {
  it("is not due on its own day", () => {
    expect(evaluateOne(external(TODAY)).findings).toEqual([]);
  });

  it("is due the day after, on an item in any status but retired", () => {
    for (const status of ["proposed", "planned", "in_progress", "launched"])
      expect(ruleIds(evaluateOne(external("2026-11-24", { status })))).toEqual([
        "knowledge-transfer-due",
      ]);
    expect(evaluateOne(external("2026-11-24", { status: "retired" })).findings).toEqual([]);
  });

  it("is an ISO date of a day that exists", () => {
    expect(ruleIds(evaluateOne(external("2026-02-30")))).toEqual(["date-format"]);
    expect(ruleIds(evaluateOne(external("31/10/2026")))).toEqual(["date-format"]);
  });
});

const pairings = (...list: [string, string, string][]) =>
  item({
    team: {
      domain_experts: ["@ana"],
      pairings: list.map(([senior, junior, area]) => ({ senior, junior, area })),
    },
  });

describe("pairings", () => {
  it("pass when two different people pair, and a junior elsewhere is a senior in another area", () => {
    const text = pairings(["@ana", "@bo", "exports"], ["@cy", "@ana", "billing"]);
    expect(evaluateOne(text).findings).toEqual([]);
  });

  it("fault a senior who is a junior in the same area, at the senior's pairing", () => {
    const report = evaluateOne(
      pairings(["@ana", "@bo", "exports"], ["@Bo", "@cy", " Exports "], ["@cy", "@di", "billing"]),
    );
    expect(only(report, "pairing-invalid")).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          '@Bo is the senior of team.pairings[1] in " Exports " but the junior of team.pairings[0]',
        ),
      }),
    ]);
    expect(report.findings).toHaveLength(1);
  });

  it("fault each pairing of one person with themself, once", () => {
    const report = evaluateOne(pairings(["@ana", "@ANA", "exports"], ["@bo", "@bo", "billing"]));
    expect(only(report, "pairing-invalid").map((f) => f.message)).toEqual([
      expect.stringContaining("pairs @ana with themself"),
      expect.stringContaining("pairs @bo with themself"),
    ]);
    expect(report.findings).toHaveLength(2);
  });
});

const policyPath = ".github/roadmap-gate.yml";

describe("the live: block of the policy", () => {
  it("is valid configuration, with every check off by default and no warning", () => {
    const text = [
      "live:",
      "  statuses: [launched]",
      "  instrumentation: off",
      "  freshness: 2h",
      "  objectives: off",
      "  people: off",
      "  members_only: false",
      "  unreachable: fail",
      "gate:",
      "  signals: [logging]",
      "",
    ].join("\n");
    const loaded = loadPolicy({ path: policyPath, content: text });
    expect(loaded.findings).toEqual([]);
    expect(loaded.warnings).toBeUndefined();
    expect(loaded.policy!.live).toEqual({
      statuses: ["launched"],
      instrumentation: "off",
      freshness: "2h",
      objectives: "off",
      people: "off",
      members_only: false,
      unreachable: "fail",
    });
    expect(loaded.policy!.gate.signals).toEqual(["logging"]);
    expect(defaultPolicy().live).toEqual({
      statuses: ["in_progress", "launched"],
      instrumentation: "off",
      freshness: "1h",
      objectives: "off",
      people: "off",
      members_only: true,
      unreachable: "warn",
    });
  });

  it.each([
    ["live:\n  people: on\n", "live.people"],
    ["live:\n  freshness: 1 hour\n", "live.freshness"],
    ["live:\n  peoples: warn\n", "peoples"],
    ["gate:\n  signals: [Logging]\n", "gate.signals"],
  ])("rejects %j", (text, field) => {
    const { policy: judged, findings } = loadPolicy({ path: policyPath, content: text });
    expect(judged).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "policy-invalid",
        message: expect.stringContaining(field),
      }),
    ]);
  });

  it("no longer says so for any live check: instrumentation, objectives and people all run", () => {
    const text = "live:\n  instrumentation: warn\n  objectives: fail\n  people: fail\n";
    const loaded = loadPolicy({ path: policyPath, content: text });
    expect(loaded.policy!.live).toMatchObject({
      instrumentation: "warn",
      objectives: "fail",
      people: "fail",
    });
    expect(loaded.findings).toEqual([]);
    expect(loaded.warnings).toBeUndefined();
  });

  it("merges live: across _extends, with no live-check-unavailable warning from either file", async () => {
    const files: Record<string, string> = {
      "acme/.github:.github/roadmap-gate.yml":
        "live:\n  instrumentation: warn\n  objectives: warn\n  people: warn\n",
      "acme/shop:.github/roadmap-gate.yml": "_extends: .github\nlive:\n  objectives: off\n",
    };
    const loaded = await resolvePolicy(
      async (at) => {
        const content = files[`${at.owner}/${at.repo}:${at.path}`];
        return content === undefined ? null : { path: at.path, content };
      },
      { owner: "acme", repo: "shop", path: policyPath },
      { orgFallback: false },
    );
    expect(loaded.policy!.live).toMatchObject({
      instrumentation: "warn",
      objectives: "off",
      people: "warn",
    });
    expect(loaded.warnings ?? []).toEqual([]);
  });
});

describe("the issue checklist", () => {
  const checklist = (text: string, options = defaultPolicy()) =>
    issueChecklists({
      items: [{ path: "roadmap/feat-1.yaml", content: text }],
      others: [],
      policy: options,
      today: TODAY,
      source: "file",
    })[0]!;
  const line = (c: ReturnType<typeof checklist>, label: string) =>
    c.lines.find((l) => l.label === label)!;

  it("unticks the instrumentation kind whose signal gate.signals asks for", () => {
    const c = checklist(item(), policy({ gate: { signals: ["logging"] } }));
    expect(line(c, "Instrumentation `logging`")).toMatchObject({
      done: false,
      fix: expect.stringContaining("has no `signal`"),
    });
    expect(line(c, "Instrumentation `failures`").done).toBe(true);
    expect(c.ready).toBe(false);
  });

  it("unticks the team line for an invalid pairing, and warns there when knowledge transfer is due", () => {
    const c = checklist(pairings(["@ana", "@ana", "exports"]));
    expect(line(c, "Owner and domain experts")).toMatchObject({
      done: false,
      fix: expect.stringContaining("pairs @ana with themself"),
    });
    const due = checklist(external("2026-11-01"));
    expect(line(due, "Owner and domain experts")).toMatchObject({
      done: true,
      warnings: [expect.stringContaining("Acme ML's engagement")],
    });
  });
});
