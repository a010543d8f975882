import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetItem, budgetPolicy, lineOf } from "../support/budget-items.js";
import {
  prometheusInstalled,
  startPrometheus,
  startRecordingProxy,
  type LocalPrometheus,
  type RecordingProxy,
} from "../support/prometheus.js";
import { daysAgo } from "../action/support/items.js";
import { liveItem, liveOpenMetrics, livePolicy } from "../support/live-series.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { pullRequestEvent } from "./support/payloads.js";
import { POLICY_PATH, pullRequestScenario } from "./support/scenario.js";

const FILE = "roadmap/checkout.yaml";
const TOKEN = "prom_appSecret0123456789";

describe.skipIf(!prometheusInstalled)(
  "the App's error-budget gate, against a real Prometheus",
  () => {
    const env: Record<string, string> = {
      PROMETHEUS_TOKEN: TOKEN,
      PROMETHEUS_TIMEOUT_SECONDS: "0.5",
    };
    let prometheus: LocalPrometheus;
    let proxy: RecordingProxy;
    // Registered before useApp's, so the App starts knowing where Prometheus is.
    beforeAll(async () => {
      prometheus = await startPrometheus(
        [{ service: "checkout", slo: "checkout-availability", value: -0.12 }],
        // The live checks' series share this server.
        liveOpenMetrics,
      );
      proxy = await startRecordingProxy(prometheus.url);
      env.PROMETHEUS_URL = proxy.url;
    });
    const h = useApp({ env });
    afterAll(async () => {
      await proxy?.stop();
      await prometheus?.stop();
    });

    /** A PR that links (Roadmap: FEAT-9) a launched item whose SLO has spent its budget. */
    function linking(name: string, policy: string[] = []) {
      const item = budgetItem({
        id: "FEAT-9",
        slo: "checkout/checkout-availability",
        signedOn: daysAgo(5),
      });
      const s = pullRequestScenario(h.gh, name, {
        base: { [POLICY_PATH]: budgetPolicy(...policy), [FILE]: item },
        head: { "src/checkout.ts": "export {};\n" },
        body: "Roadmap: FEAT-9",
      });
      return { s, line: lineOf(item, "slo:") };
    }

    it("fails a PR that links an item whose SLO has spent its budget, and never shows the token", async () => {
      proxy.silent = false;
      const { s, line } = linking("budget-spent");
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

      const [run] = s.repo.checkRuns;
      expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
      expect(run!.output.annotations[0]).toMatchObject({
        path: FILE,
        start_line: line,
        end_line: line,
        start_column: 5,
        title: "error-budget-exhausted",
        annotation_level: "failure",
        message: expect.stringContaining(
          "checkout-availability has -12% of its 30d error budget left, so new scope for FEAT-9 waits",
        ),
      });
      expect(run!.output.summary).toContain("🔴 `░░░░░░░░░░` -12% of 30d");
      expect(proxy.authorizations.at(-1)).toBe(`Bearer ${TOKEN}`);
      expect(JSON.stringify(run!.writes)).not.toContain(TOKEN);
      expect(h.app.output()).not.toContain(TOKEN);
    });

    it("holds a PR that links a launched item breaking its objectives, asking each query once", async () => {
      proxy.silent = false;
      const item = liveItem({ id: "FEAT-2", job: "cart", signedOn: daysAgo(5) });
      const s = pullRequestScenario(h.gh, "live-objectives", {
        base: {
          [POLICY_PATH]: livePolicy("instrumentation: warn", "objectives: fail"),
          "roadmap/cart.yaml": item,
        },
        head: { "src/cart.ts": "export {};\n" },
        body: "Roadmap: FEAT-2",
      });
      const asked = proxy.queries.length;
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

      const [run] = s.repo.checkRuns;
      expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
      const live = run!.output.annotations.filter((a) => a.path === "roadmap/cart.yaml");
      expect(live.map((a) => [a.title, a.annotation_level, a.start_line])).toEqual(
        ['">= 99.5%"', '"<= 0.5%"', '"p95 <= 300ms"', '"<= 2/week"'].map((objective) => [
          "objective-breached",
          "failure",
          lineOf(item, `objective: ${objective}`),
        ]),
      );
      expect(live[0]!.message).toContain(
        "pipeline_reliability is 98% over 28d; FEAT-2 promises >= 99.5%",
      );
      // Six instrumentation queries (total once for two metrics) and four measurements, once each.
      const sent = proxy.queries.slice(asked);
      expect(sent).toHaveLength(10);
      expect(new Set(sent).size).toBe(10);
    });

    it("asks for the service of the base's SLO file when a code PR edits it, and previews the edit", async () => {
      proxy.silent = false;
      const openslo = (service: string) =>
        [
          "apiVersion: openslo/v1",
          "kind: SLO",
          "metadata: { name: checkout-availability }",
          "spec:",
          `  service: ${service}`,
          "  indicatorRef: checkout-requests",
          "  timeWindow: [{ duration: 30d, isRolling: true }]",
          "  budgetingMethod: Occurrences",
          "  objectives: [{ displayName: Available, target: 0.999 }]",
          "",
        ].join("\n");
      const item = budgetItem({ id: "FEAT-9", slo: "checkout-availability", signedOn: daysAgo(5) });
      const s = pullRequestScenario(h.gh, "budget-slo-at-base", {
        base: {
          [POLICY_PATH]: `slo:\n  files: ["slo/*.yaml"]\n${budgetPolicy()}`,
          [FILE]: item,
          "slo/checkout.yaml": openslo("checkout"),
        },
        // No item changes: only code, and the SLO's service pointed at a healthy one.
        head: { "src/checkout.ts": "export {};\n", "slo/checkout.yaml": openslo("healthy") },
        body: "Roadmap: FEAT-9",
      });
      const asked = proxy.queries.length;
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

      expect(proxy.queries.slice(asked)).toEqual([
        'slo:period_error_budget_remaining:ratio{sloth_service="checkout", sloth_slo="checkout-availability"}',
      ]);
      const [run] = s.repo.checkRuns;
      expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
      expect(run!.output.annotations.map((a) => a.title)).toContain("error-budget-exhausted");
      expect(run!.output.summary).toContain(
        "SLO change preview: this pull request changes slo/checkout.yaml. SLO files are read at the base branch",
      );
    });

    it("completes the check, failing, when Prometheus hangs and unreachable is fail", async () => {
      proxy.silent = true;
      try {
        const { s } = linking("budget-hangs", ["unreachable: fail"]);
        await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
        const [run] = s.repo.checkRuns;
        expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
        expect(run!.writes.map((w) => w.status)).toEqual(["in_progress", "completed"]);
        expect(run!.output.annotations[0]).toMatchObject({
          title: "error-budget-unknown",
          annotation_level: "failure",
          message: expect.stringContaining(
            `Prometheus at ${proxy.url} did not answer within 500 ms`,
          ),
        });
      } finally {
        proxy.silent = false;
      }
    });
  },
);
