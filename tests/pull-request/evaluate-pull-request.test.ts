import { describe, expect, it } from "vitest";
import { defaultPolicy, type Policy } from "../../core/policy/policy.js";
import { evaluatePullRequest } from "../../core/pull-request/evaluate-pull-request.js";
import { parseLinks } from "../../core/pull-request/links.js";
import { MemoryPort } from "./memory-port.js";

const TODAY = "2026-11-25";

function itemYaml(
  id: string,
  opts: { reviewer?: string; status?: string; issue?: number; title?: string } = {},
): string {
  return `apiVersion: roadmap-gate/v1
id: ${id}
title: ${opts.title ?? "Bulk export"}
owner: "@lee"
status: ${opts.status ?? "planned"}
${opts.issue ? `issue: ${opts.issue}\n` : ""}team:
  domain_experts: ["@ana"]
slices:
  - id: api
    value: An API
    acceptance: Contract test
metrics:
  pipeline_reliability: { objective: ">= 99.9%", window: 28d, source: grafana }
  error_budget: { objective: "<= 0.1%", window: 28d, source: grafana }
  latency: { objective: "p95 <= 300ms", window: 7d, source: grafana }
instrumentation:
  logging: { how: logs, from_slice: api }
  failures: { how: sentry, from_slice: api }
  performance: { how: histogram, from_slice: api }
  user_feedback: { how: link, from_slice: api }
risk_review:
  risks:
    - { id: R1, description: Timeouts, likelihood: low, impact: medium, mitigation: Stream }
  sign_off:
    - { reviewer: "${opts.reviewer ?? "@sam"}", date: "2026-11-01", decision: approved }
`;
}

function setup(policy: Policy = defaultPolicy()) {
  const port = new MemoryPort();
  const pr = {
    number: 7,
    author: "lee",
    baseRef: "main",
    baseSha: "base",
    headSha: "head",
    body: "",
    labels: [] as string[],
  };
  const run = {
    port,
    pr,
    policy,
    policyPath: ".github/roadmap-gate.yml",
    today: TODAY,
    changedOnly: true,
    verify: true,
    followLinks: true,
  };
  return { port, pr, run };
}

describe("evaluatePullRequest", () => {
  it("passes a changed item whose sign-off is backed by an approval at the head", async () => {
    const { port, run } = setup();
    port.commit("head", { "roadmap/a.yaml": itemYaml("FEAT-1") });
    port.changed = [{ path: "roadmap/a.yaml", status: "added" }];
    port.reviewList = [
      { login: "Sam", state: "APPROVED", commitId: "head", submittedAt: "2026-11-20T00:00:00Z" },
    ];
    port.permissions = { sam: "write" };
    const result = await evaluatePullRequest(run);
    expect(result.report.findings).toEqual([]);
    expect(result.report.items[0]).toMatchObject({
      id: "FEAT-1",
      verdict: "pass",
      signOffs: [{ reviewer: "@sam", verified: true }],
    });
  });

  it("rejects a sign-off written into YAML without an approval", async () => {
    const { port, run } = setup();
    port.commit("head", { "roadmap/a.yaml": itemYaml("FEAT-1") });
    port.changed = [{ path: "roadmap/a.yaml", status: "modified" }];
    port.permissions = { sam: "write" };
    const result = await evaluatePullRequest(run);
    expect(result.report.findings.map((f) => [f.ruleId, f.level, f.line])).toEqual([
      ["signoff-approvals", "error", 24],
      ["signoff-unverified", "error", 25],
    ]);
  });

  it("finds the changed items by comparing trees when GitHub's list falls short of changed_files", async () => {
    const { port, run } = setup();
    port.commit("base", { "README.md": "x", "roadmap/same.yaml": itemYaml("FEAT-2") });
    port.commit("head", {
      "README.md": "y",
      "roadmap/same.yaml": itemYaml("FEAT-2"),
      "roadmap/a.yaml": itemYaml("FEAT-1"),
    });
    // The list stops before the item; GitHub counts 2 changed files.
    port.changed = [{ path: "README.md", status: "modified" }];
    port.permissions = { sam: "write" };
    const result = await evaluatePullRequest({ ...run, pr: { ...run.pr, changedFiles: 2 } });
    expect(result.changedItems).toEqual(["roadmap/a.yaml"]);
    expect(result.report.findings.map((f) => [f.file, f.ruleId])).toEqual([
      ["roadmap/a.yaml", "signoff-approvals"],
      ["roadmap/a.yaml", "signoff-unverified"],
    ]);
    expect(port.calls.filter((c) => c === "tree" || c === "mergeBase")).toEqual([
      "tree",
      "mergeBase",
      "tree",
    ]);
  });

  it("trusts GitHub's list, comparing no trees, when it matches changed_files", async () => {
    const { port, run } = setup();
    port.commit("head", { "roadmap/a.yaml": itemYaml("FEAT-1") });
    port.changed = [{ path: "roadmap/a.yaml", status: "added" }];
    await evaluatePullRequest({ ...run, pr: { ...run.pr, changedFiles: 1 } });
    expect(port.calls.filter((c) => c === "tree" || c === "mergeBase")).toEqual(["tree"]);
  });

  it("treats an approval at a commit where the item differed as stale", async () => {
    const { port, run } = setup();
    port.commit("old", { "roadmap/a.yaml": itemYaml("FEAT-1", { title: "Old title" }) });
    port.commit("head", { "roadmap/a.yaml": itemYaml("FEAT-1") });
    port.changed = [{ path: "roadmap/a.yaml", status: "modified" }];
    port.reviewList = [
      { login: "sam", state: "APPROVED", commitId: "old", submittedAt: "2026-11-20T00:00:00Z" },
    ];
    port.permissions = { sam: "write" };
    const result = await evaluatePullRequest(run);
    const unverified = result.report.findings.find((f) => f.ruleId === "signoff-unverified");
    expect(unverified?.message).toContain("differs from the head");
    // The blob at the approved commit came with the item files: one batched read, no second one.
    expect(port.calls.filter((c) => c === "readFilesAndBlobIds" || c === "blobIds")).toEqual([
      "readFilesAndBlobIds",
    ]);
  });

  it("fails closed when team membership cannot be read", async () => {
    const { port, run } = setup({
      ...defaultPolicy(),
      sign_off: { ...defaultPolicy().sign_off, reviewers: ["@acme/sre"] },
    });
    port.commit("head", { "roadmap/a.yaml": itemYaml("FEAT-1") });
    port.changed = [{ path: "roadmap/a.yaml", status: "added" }];
    port.reviewList = [
      { login: "sam", state: "APPROVED", commitId: "head", submittedAt: "2026-11-20T00:00:00Z" },
    ];
    port.teams = { "acme/sre": "forbidden" };
    const result = await evaluatePullRequest(run);
    expect(result.report.result).toBe("fail");
    expect(
      result.report.findings.find((f) => f.ruleId === "signoff-authority-unknown")?.message,
    ).toContain("use the roadmap-gate App");
  });

  it("requires linked items to be gate-ready and reports unknown links", async () => {
    const { port, pr, run } = setup();
    port.commit("head", {
      "roadmap/a.yaml": itemYaml("FEAT-1", { status: "proposed", issue: 12 }),
    });
    pr.body = "Implements the export.\n\nRoadmap: FEAT-1, FEAT-9\nCloses #12";
    const result = await evaluatePullRequest(run);
    expect(result.links).toEqual({ ids: ["FEAT-1", "FEAT-9"], issues: [12] });
    expect(result.report.findings.map((f) => [f.ruleId, f.file]).sort()).toEqual([
      ["link-not-ready", ""],
      ["link-unknown", ""],
    ]);
  });

  it("fails a pull request without a roadmap link when the policy requires one, unless exempt", async () => {
    const policy = defaultPolicy();
    policy.pull_requests.require_roadmap_link = true;
    const { port, pr, run } = setup(policy);
    port.commit("head", { "src/app.ts": "x", "roadmap/a.yaml": itemYaml("FEAT-1") });
    expect((await evaluatePullRequest(run)).report.findings.map((f) => f.ruleId)).toEqual([
      "link-missing",
    ]);
    pr.labels = ["no-roadmap"];
    expect((await evaluatePullRequest(run)).report.findings).toEqual([]);
  });

  it("warns at the policy when no file at the head matches its paths: 0 items is no pass", async () => {
    const { port, run } = setup();
    port.commit("head", { "src/app.ts": "x" });
    expect((await evaluatePullRequest(run)).report.findings).toEqual([
      {
        ruleId: "policy-paths-unmatched",
        level: "warning",
        file: ".github/roadmap-gate.yml",
        line: 1,
        column: 1,
        message:
          "No file matches the policy's paths (roadmap/**/*.yaml, roadmap/**/*.yml, roadmap/**/*.json), so no item was judged",
        hint: expect.stringContaining("Fix `paths`"),
      },
    ]);
  });

  it("judges a policy change by the base policy and previews the new one", async () => {
    const { port, run } = setup();
    const weak = "gate:\n  statuses: []\n";
    port.commit("head", {
      "roadmap/a.yaml": itemYaml("FEAT-1"),
      ".github/roadmap-gate.yml":
        "gate:\n  metrics: [pipeline_reliability, error_budget, latency, cost]\n",
    });
    port.changed = [{ path: ".github/roadmap-gate.yml", status: "modified" }];
    const result = await evaluatePullRequest(run);
    expect(result.policyChange?.wouldFail).toEqual([
      { file: "roadmap/a.yaml", id: "FEAT-1", errors: 1 },
    ]);
    port.commit("head", { ".github/roadmap-gate.yml": weak + "bogus: 1\n" });
    const invalid = await evaluatePullRequest(run);
    expect(invalid.report.findings.find((f) => f.ruleId === "policy-invalid")).toMatchObject({
      ruleId: "policy-invalid",
      file: ".github/roadmap-gate.yml",
      line: 3,
      column: 1,
    });
  });

  it("previews a new policy with the SLO files it names, read at the head", async () => {
    const { port, run } = setup();
    const linked = itemYaml("FEAT-1").replace(
      'pipeline_reliability: { objective: ">= 99.9%", window: 28d, source: grafana }',
      'pipeline_reliability: { objective: ">= 99.9%", window: 28d, source: grafana, slo: checkout-availability }',
    );
    const slo = (name: string) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${name}
spec:
  service: checkout
  indicatorRef: checkout-good-requests
  timeWindow:
    - duration: 28d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
`;
    const head = (sloName: string) => ({
      "roadmap/a.yaml": linked,
      "slo/checkout.yaml": slo(sloName),
      ".github/roadmap-gate.yml": 'slo:\n  files: ["slo/**"]\n',
    });
    port.commit("head", head("checkout-availability"));
    port.changed = [{ path: ".github/roadmap-gate.yml", status: "modified" }];
    const found = await evaluatePullRequest(run);
    expect(found.policyChange?.wouldFail).toEqual([]);
    // The base policy names no SLO files: the new policy's are read in one more request.
    expect(port.calls.filter((c) => c === "readFiles")).toHaveLength(1);

    port.commit("head", head("checkout-uptime"));
    const unknown = await evaluatePullRequest(run);
    expect(unknown.policyChange?.wouldFail).toEqual([
      { file: "roadmap/a.yaml", id: "FEAT-1", errors: 1 },
    ]);
    expect(unknown.report.findings).toEqual([
      expect.objectContaining({
        ruleId: "policy-change",
        message: expect.stringContaining("Under the new policy 1 item would fail: FEAT-1."),
      }),
    ]);
  });

  it("uses the same number of API calls for 1 and 100 changed items", async () => {
    const counts: number[] = [];
    for (const n of [1, 100]) {
      const { port, run } = setup();
      const files: Record<string, string> = {};
      for (let i = 0; i < n; i++) files[`roadmap/i${i}.yaml`] = itemYaml(`FEAT-${i}`);
      port.commit("head", files);
      port.changed = Object.keys(files).map((path) => ({ path, status: "added" as const }));
      port.reviewList = [
        { login: "sam", state: "APPROVED", commitId: "head", submittedAt: "2026-11-20T00:00:00Z" },
      ];
      port.permissions = { sam: "write" };
      const result = await evaluatePullRequest(run);
      expect(result.report.errors).toBe(0);
      counts.push(port.calls.length);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe("parseLinks", () => {
  it("reads every closing keyword in any case and several ids per Roadmap line", () => {
    expect(parseLinks("roadmap: A-1 B-22\nFIXES #3, resolved #4\nclose #5\nSee #6")).toEqual({
      ids: ["A-1", "B-22"],
      issues: [3, 4, 5],
    });
  });
});
