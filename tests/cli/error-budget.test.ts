import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JsonReport } from "../../core/format/json.js";
import { budgetItem, budgetPolicy, CHECKOUT_SLOTH_SPEC, lineOf } from "../support/budget-items.js";
import {
  freePort,
  prometheusInstalled,
  startPrometheus,
  type LocalPrometheus,
} from "../support/prometheus.js";
import { liveOpenMetrics } from "../support/live-series.js";
import { startSilentServer } from "../support/slow-server.js";
import { liveChecks } from "./live-checks.js";
import { runMain, spawnCli, tempRepo, TODAY } from "./cli-harness.js";

const ITEM = "roadmap/item.yaml";
const NOW = new Date(`${TODAY}T12:00:00Z`);

/** One repository with one item linking `slo`, judged by the CLI against `url`. */
async function judge(
  slo: string,
  url: string | undefined,
  options: { policy?: string[]; command?: string[]; item?: string; timeoutMs?: number } = {},
) {
  const item = options.item ?? budgetItem({ id: "FEAT-1", slo });
  const { repo } = await tempRepo({
    ".github/roadmap-gate.yml": budgetPolicy(...(options.policy ?? [])),
    [ITEM]: item,
  });
  const run = await runMain(
    [...(options.command ?? ["validate", "--format", "json"]), "--today", TODAY],
    repo,
    NOW,
    {
      env: url ? { ROADMAP_GATE_PROMETHEUS_URL: url } : {},
      prometheusTimeoutMs: options.timeoutMs,
    },
  );
  return { run, item, line: lineOf(item, "slo:") };
}

function budgetFindings(stdout: string) {
  const report = JSON.parse(stdout) as JsonReport;
  return report.findings.filter((f) => f.ruleId.startsWith("error-budget"));
}

describe.skipIf(!prometheusInstalled)(
  "the error-budget gate in the CLI, against a real Prometheus",
  () => {
    let prometheus: LocalPrometheus;
    beforeAll(async () => {
      prometheus = await startPrometheus(
        [
          { service: "checkout", slo: "checkout-availability", value: -0.12 },
          { service: "search", slo: "search-latency", value: 0.4 },
          { service: "feat-1", slo: "bare-name", value: 0.75 },
          { service: "nan", slo: "nan-budget", value: "NaN" },
          { service: "twice", slo: "two-series", value: 0.5, labels: { region: "eu" } },
          { service: "twice", slo: "two-series", value: 0.6, labels: { region: "us" } },
          { service: 'we"ird', slo: "it's\\odd", value: 0.3 },
          // The live checks' series (tests/cli/live-checks.ts) share this server.
        ],
        liveOpenMetrics,
      );
    });
    afterAll(() => prometheus?.stop());

    describe("the live checks (SPEC section 9)", () => liveChecks(() => prometheus));

    it("fails an item whose linked SLO has spent its budget, at the slo key", async () => {
      const { run, line } = await judge("checkout/checkout-availability", prometheus.url);
      expect(run.code).toBe(1);
      expect(budgetFindings(run.stdout)).toEqual([
        {
          ruleId: "error-budget-exhausted",
          level: "error",
          file: ITEM,
          line,
          column: 5,
          message:
            "checkout-availability has -12% of its 30d error budget left, so new scope for FEAT-1 waits until reliability recovers",
          hint: "Ship reliability work first: on a pull request, the label `reliability` or `incident` exempts reliability work (error_budget.exempt_labels); a waiver of error-budget-exhausted in the item lets it through (on a pull request, approved by a reviewer).",
          docs: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/error-budget-exhausted.md",
        },
      ]);
    });

    it("reads ROADMAP_GATE_PROMETHEUS_URL in the real bin", async () => {
      const item = budgetItem({ id: "FEAT-1", slo: "checkout/checkout-availability" });
      const { repo } = await tempRepo({ ".github/roadmap-gate.yml": budgetPolicy(), [ITEM]: item });
      const run = await spawnCli(["validate", "--format", "json", "--today", TODAY], repo, {
        env: { ROADMAP_GATE_PROMETHEUS_URL: prometheus.url },
      });
      expect(run.code).toBe(1);
      expect(budgetFindings(run.stdout).map((f) => f.ruleId)).toEqual(["error-budget-exhausted"]);
    });

    it("passes an item whose SLO has budget left", async () => {
      const { run } = await judge("search/search-latency", prometheus.url);
      expect(budgetFindings(run.stdout)).toEqual([]);
      expect(run.code).toBe(0);
    });

    it("fails when less than min_remaining is left, and says the floor", async () => {
      const { run, line } = await judge("search/search-latency", prometheus.url, {
        policy: ["min_remaining: 0.5"],
      });
      expect(run.code).toBe(1);
      expect(budgetFindings(run.stdout)).toMatchObject([
        {
          ruleId: "error-budget-exhausted",
          line,
          column: 5,
          message:
            "search-latency has 40% of its 30d error budget left; the policy asks for at least 50%, so new scope for FEAT-1 waits until reliability recovers",
        },
      ]);
    });

    it("reads a bare SLO name with the exported service, the item id in lower case", async () => {
      const { run } = await judge("bare-name", prometheus.url, { policy: ["min_remaining: 0.8"] });
      expect(budgetFindings(run.stdout)).toMatchObject([
        { message: expect.stringContaining("bare-name has 75% of its 30d error budget left") },
      ]);
    });

    it("takes the service and window from the SLO file the item links", async () => {
      const item = budgetItem({ id: "FEAT-1", slo: "checkout-availability", window: "28d" });
      const { repo } = await tempRepo({
        ".github/roadmap-gate.yml": `${budgetPolicy()}slo:\n  files: ["slos/*.yaml"]\n  sloth_period: 28d\n`,
        "slos/checkout.yaml": CHECKOUT_SLOTH_SPEC,
        [ITEM]: item,
      });
      const run = await runMain(["validate", "--format", "json", "--today", TODAY], repo, NOW, {
        env: { ROADMAP_GATE_PROMETHEUS_URL: prometheus.url },
      });
      const report = JSON.parse(run.stdout) as JsonReport;
      expect(report.findings).toEqual([
        {
          ruleId: "error-budget-exhausted",
          level: "error",
          file: ITEM,
          line: lineOf(item, "slo:"),
          column: 5,
          message:
            "checkout-availability has -12% of its 28d error budget left, so new scope for FEAT-1 waits until reliability recovers",
          hint: expect.stringContaining("Ship reliability work") as string,
          docs: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/error-budget-exhausted.md",
        },
      ]);
    });

    it("escapes quotes and backslashes in names so the query asks for exactly that series", async () => {
      const { run } = await judge(`we"ird/it's\\odd`, prometheus.url, {
        policy: ["min_remaining: 0.5"],
      });
      expect(budgetFindings(run.stdout)).toMatchObject([
        { ruleId: "error-budget-exhausted", message: expect.stringContaining("it's\\odd has 30%") },
      ]);
    });

    it("lets a waiver for error-budget-exhausted silence it, and shows the waiver", async () => {
      const item = budgetItem({
        id: "FEAT-1",
        slo: "checkout/checkout-availability",
        extra: `waivers:\n  - { rule: error-budget-exhausted, reason: Launch promised, approved_by: "@sam", expires: "2026-12-10" }\n`,
      });
      const { run } = await judge("", prometheus.url, { item });
      expect(run.code).toBe(0);
      expect(budgetFindings(run.stdout)).toEqual([]);
      expect(run.stdout).toContain("waiver");
    });

    it("does not ask about items outside error_budget.statuses", async () => {
      const item = budgetItem({
        id: "FEAT-1",
        status: "planned",
        slo: "checkout/checkout-availability",
      });
      const { run } = await judge("", prometheus.url, { item });
      expect(budgetFindings(run.stdout)).toEqual([]);
    });

    it("warns, not passes silently, when the value is NaN", async () => {
      const { run, line } = await judge("nan/nan-budget", prometheus.url);
      expect(run.code).toBe(0);
      expect(budgetFindings(run.stdout)).toEqual([
        {
          ruleId: "error-budget-unknown",
          level: "warning",
          file: ITEM,
          line,
          column: 5,
          message:
            "The error budget of nan-budget (service nan) for FEAT-1 is unknown: the query's value is NaN, not a number",
          hint: 'Check that Prometheus answers `slo:period_error_budget_remaining:ratio{sloth_service="nan", sloth_slo="nan-budget"}` with one series (error_budget.query or error_budget.queries; Sloth\'s recording rules write slo:period_error_budget_remaining:ratio, Pyrra\'s generic rules pyrra_availability).',
          docs: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/error-budget-unknown.md",
        },
      ]);
    });

    it("fails on an unknown budget with unreachable: fail", async () => {
      const { run } = await judge("nan/nan-budget", prometheus.url, {
        policy: ["unreachable: fail"],
      });
      expect(run.code).toBe(1);
      expect(budgetFindings(run.stdout)).toMatchObject([
        { ruleId: "error-budget-unknown", level: "error" },
      ]);
    });

    it("says so when the query finds no series", async () => {
      const { run } = await judge("nobody/no-such-slo", prometheus.url);
      expect(budgetFindings(run.stdout)).toMatchObject([
        {
          ruleId: "error-budget-unknown",
          level: "warning",
          message:
            "The error budget of no-such-slo (service nobody) for FEAT-1 is unknown: the query returned no series",
        },
      ]);
    });

    it("says so when the query finds several series", async () => {
      const { run } = await judge("twice/two-series", prometheus.url);
      expect(budgetFindings(run.stdout)).toMatchObject([
        { message: expect.stringMatching(/is unknown: the query returned 2 series, not one$/) },
      ]);
    });

    it("says what Prometheus answered when it answers an error", async () => {
      const { run } = await judge("checkout/checkout-availability", prometheus.url, {
        // The policy's check takes it (types and syntax agree); Prometheus's parser refuses a
        // selector whose every matcher matches the empty string with HTTP 400.
        policy: [
          'query: \'slo:period_error_budget_remaining:ratio{sloth_slo="{slo}"} or {__name__=~".*", job!="x"}\'',
        ],
      });
      const [finding] = budgetFindings(run.stdout);
      expect(finding).toMatchObject({ ruleId: "error-budget-unknown", level: "warning" });
      expect(finding!.message).toMatch(
        new RegExp(
          `is unknown: Prometheus at ${prometheus.url} answered HTTP 400 with an error: bad_data: `,
        ),
      );
    });

    it("shows each linked SLO's remaining budget in the Markdown report", async () => {
      const { run } = await judge("checkout/checkout-availability", prometheus.url, {
        command: ["report"],
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("### Error budgets");
      expect(run.stdout).toContain(
        "| FEAT-1 | error\\_budget | checkout-availability | 🔴 `░░░░░░░░░░` -12% of 30d | exhausted |",
      );
    });
  },
);

describe("the error-budget gate in the CLI, when Prometheus cannot answer", () => {
  it("warns when the connection is refused", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const { run, line } = await judge("checkout/checkout-availability", url);
    expect(run.code).toBe(0);
    expect(budgetFindings(run.stdout)).toEqual([
      expect.objectContaining({
        ruleId: "error-budget-unknown",
        level: "warning",
        file: ITEM,
        line,
        column: 5,
        message: `The error budget of checkout-availability (service checkout) for FEAT-1 is unknown: Prometheus at ${url} could not be reached (ECONNREFUSED)`,
      }),
    ]);
  });

  it("gives up after the configured timeout when Prometheus is slow", async () => {
    const slow = await startSilentServer();
    try {
      const { run } = await judge("checkout/checkout-availability", slow.url, {
        timeoutMs: 100,
        policy: ["unreachable: fail"],
      });
      expect(run.code).toBe(1);
      expect(budgetFindings(run.stdout)).toMatchObject([
        {
          ruleId: "error-budget-unknown",
          level: "error",
          message: `The error budget of checkout-availability (service checkout) for FEAT-1 is unknown: Prometheus at ${slow.url} did not answer within 100 ms`,
        },
      ]);
    } finally {
      await slow.stop();
    }
  });

  it("ends at the run's deadline for Prometheus, however many SLOs wait: each unknown", async () => {
    const slow = await startSilentServer();
    try {
      const items = Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [
          `roadmap/item-${i}.yaml`,
          budgetItem({ id: `FEAT-${i + 1}`, slo: `svc/slo-${i}` }),
        ]),
      );
      const { repo } = await tempRepo({ ".github/roadmap-gate.yml": budgetPolicy(), ...items });
      const run = await runMain(["validate", "--format", "json", "--today", TODAY], repo, NOW, {
        env: { ROADMAP_GATE_PROMETHEUS_URL: slow.url },
        prometheusTimeoutMs: 60_000,
        prometheusTotalMs: 400,
      });
      expect(run.code).toBe(0);
      const found = budgetFindings(run.stdout);
      expect(found).toHaveLength(30);
      const why = found.map((f) => f.message.replace(/^.* is unknown: /, ""));
      const inFlight = `Prometheus at ${slow.url} did not answer before the evaluation's 400 ms for Prometheus ran out`;
      const notAsked = `Prometheus at ${slow.url} was not asked: the evaluation's 400 ms for Prometheus had passed`;
      // Four queries at once were in flight at the deadline; the other 26 were never sent.
      expect(why.filter((m) => m === inFlight)).toHaveLength(4);
      expect(why.filter((m) => m === notAsked)).toHaveLength(26);
      expect(found.every((f) => f.ruleId === "error-budget-unknown")).toBe(true);
    } finally {
      await slow.stop();
    }
  });

  it("is off, and says so once, when no Prometheus URL is given", async () => {
    const { run } = await judge("checkout/checkout-availability", undefined);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(budgetFindings(run.stdout)).toEqual([]);
    expect(report.notices.filter((n) => n.includes("Prometheus"))).toEqual([
      "error_budget.gate is on, but no Prometheus URL was given (CLI --prometheus-url or ROADMAP_GATE_PROMETHEUS_URL, Action input prometheus-url, App PROMETHEUS_URL), so error budgets were not checked.",
    ]);
  });

  it("refuses a policy that names where Prometheus is", async () => {
    const { repo } = await tempRepo({
      ".github/roadmap-gate.yml": budgetPolicy("url: http://evil.example:9090"),
      [ITEM]: budgetItem({ id: "FEAT-1", slo: "x/y" }),
    });
    const run = await runMain(["validate", "--format", "json", "--today", TODAY], repo);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings).toEqual([
      {
        ruleId: "policy-invalid",
        level: "error",
        file: ".github/roadmap-gate.yml",
        line: 3,
        column: 3,
        message: "Unknown key `url` in `error_budget`",
        hint: "Remove it: where Prometheus is (and its token) never comes from the repository. Give it to the Action (input prometheus-url), the App (PROMETHEUS_URL) or the CLI (--prometheus-url).",
        docs: "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs/rules/policy-invalid.md",
      },
    ]);
  });

  it("refuses a --prometheus-url that is not http(s)", async () => {
    const { repo } = await tempRepo({ [ITEM]: budgetItem({ id: "FEAT-1" }) });
    const run = await runMain(["validate", "--prometheus-url", "file:///etc/passwd"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("The Prometheus URL must be http:// or https://, not file://");
  });
});
