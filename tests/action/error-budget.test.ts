import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetItem, budgetPolicy, CHECKOUT_SLOTH_SPEC } from "../support/budget-items.js";
import {
  prometheusInstalled,
  startPrometheus,
  startRecordingProxy,
  type LocalPrometheus,
} from "../support/prometheus.js";
import { liveItem, liveOpenMetrics, livePolicy } from "../support/live-series.js";
import { daysAgo, POLICY, positionOf } from "./support/items.js";
import { pullRequestEvent, pushEvent, type ActionEvent } from "./support/payloads.js";
import { createHttpPrometheus } from "../../prometheus/http-prometheus.js";
import type { FakeGitHub } from "../support/fake-github/index.js";
import { at, gateAsAction, where } from "../gate/support/action-gate.js";
import { annotations, runAction } from "./support/run-action.js";
import { approveAsReviewer, pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

/**
 * The error-budget gate and the live checks against a real Prometheus: one run of the built Action
 * (the prometheus-url and -token inputs, the token's masking, the annotation and summary), and the
 * gate's decisions in this process (core/gate, action/evaluate-workspace) against the same server:
 * one Prometheus for the file.
 */
const fake = useFakeGitHub();
const FILE = "roadmap/checkout.yaml";
const PROMETHEUS_TOKEN = "prom_secretToken0123456789";

const launched = (slices: string[] = []) =>
  budgetItem({ id: "FEAT-9", slo: "checkout/checkout-availability", slices, signedOn: daysAgo(5) });

describe.skipIf(!prometheusInstalled)(
  "the Action's error-budget gate, against a real Prometheus",
  () => {
    let prometheus: LocalPrometheus;
    beforeAll(async () => {
      prometheus = await startPrometheus(
        [{ service: "checkout", slo: "checkout-availability", value: -0.12 }],
        // The live checks' series share this server.
        liveOpenMetrics,
      );
    });
    afterAll(() => prometheus?.stop());

    /** A PR that adds a slice to a launched item whose SLO has spent its budget. */
    function newScope(labels: string[] = []) {
      const gh = fake();
      const { repo, base } = repository(gh, { [POLICY]: budgetPolicy(), [FILE]: launched() });
      const head = launched(["more-scope"]);
      const { pull } = pullRequest(repo, base, { [FILE]: head }, { labels });
      approveAsReviewer(repo, pull);
      return { gh, repo, pull, head };
    }

    /** The Action's gate in this process, asking the real Prometheus (one port per gate, as the Action has). */
    const gate = (
      gh: FakeGitHub,
      repo: string,
      event: ActionEvent,
      workspace?: Record<string, string>,
    ) =>
      gateAsAction(
        gh,
        repo,
        event,
        { prometheus: createHttpPrometheus({ url: prometheus.url }) },
        workspace,
      );

    it("fails a PR that adds a slice while the SLO's budget is spent, with a Bearer token it never prints", async () => {
      const { gh, repo, pull, head } = newScope();
      const proxy = await startRecordingProxy(prometheus.url);
      try {
        const run = await runAction({
          gh,
          repo: repo.fullName,
          event: pullRequestEvent(repo, pull),
          inputs: { "prometheus-url": proxy.url, "prometheus-token": PROMETHEUS_TOKEN },
        });
        expect(run.exitCode).toBe(1);
        expect(annotations(run, "error")[0]).toEqual({
          command: "error",
          properties: { file: FILE, ...positionOf(head, "slo:"), title: "error-budget-exhausted" },
          message:
            "checkout-availability has -12% of its 30d error budget left, so new scope for FEAT-9 waits until reliability recovers\nHint: Ship reliability work first: on a pull request, the label `reliability` or `incident` exempts reliability work (error_budget.exempt_labels); a waiver of error-budget-exhausted in the item lets it through (on a pull request, approved by a reviewer).",
        });
        expect(run.summary).toContain(
          "| FEAT-9 | error\\_budget | checkout-availability | 🔴 `░░░░░░░░░░` -12% of 30d | exhausted |",
        );
        expect(proxy.authorizations).toEqual([`Bearer ${PROMETHEUS_TOKEN}`]);
        expect(run.stdout).toContain(`::add-mask::${PROMETHEUS_TOKEN}`);
        expect(run.stdout.replace(`::add-mask::${PROMETHEUS_TOKEN}`, "")).not.toContain(
          PROMETHEUS_TOKEN,
        );
        expect(run.summary).not.toContain(PROMETHEUS_TOKEN);
      } finally {
        await proxy.stop();
      }
    });

    describe("the gate in this process (core/gate; the workspace's through action/evaluate-workspace)", () => {
      it("finds the SLO's service in the SLO files at the pull request's base", async () => {
        const gh = fake();
        const policy = `${budgetPolicy()}slo:\n  files: ["slos/*.yaml"]\n`;
        const bare = (slices: string[] = []) =>
          budgetItem({ id: "FEAT-9", slo: "checkout-availability", slices, signedOn: daysAgo(5) });
        const { repo, base } = repository(gh, {
          [POLICY]: policy,
          "slos/checkout.yaml": CHECKOUT_SLOTH_SPEC,
          [FILE]: bare(),
        });
        const { pull } = pullRequest(repo, base, { [FILE]: bare(["more-scope"]) });
        approveAsReviewer(repo, pull);
        const run = await gate(gh, repo.fullName, pullRequestEvent(repo, pull));
        expect(run.verdict.verdict).toBe("fail");
        expect(run.report.findings.map((f) => [f.ruleId, f.message])).toEqual([
          [
            "error-budget-exhausted",
            "checkout-availability has -12% of its 30d error budget left, so new scope for FEAT-9 waits until reliability recovers",
          ],
        ]);
      });

      it("makes no more GitHub requests than with the gate off", async () => {
        const { gh, repo, pull } = newScope();
        const event = pullRequestEvent(repo, pull);
        const off = await gateAsAction(gh, repo.fullName, event);
        const on = await gate(gh, repo.fullName, event);
        expect(off.verdict.verdict).toBe("pass");
        expect(on.verdict.verdict).toBe("fail");
        // Sorted: the first requests run in parallel, in no fixed order.
        const calls = (run: typeof on) => run.requests.map((r) => `${r.method} ${r.path}`).sort();
        expect(calls(on)).toEqual(calls(off));
      });

      it("judges every launched item on a push, from the workspace", async () => {
        const gh = fake();
        const { repo, base } = repository(gh, { [POLICY]: budgetPolicy(), [FILE]: launched() });
        const after = repo.commit({ "README.md": "x\n" });
        const run = await gate(gh, repo.fullName, pushEvent(repo, { before: base, after }), {
          [POLICY]: budgetPolicy(),
          [FILE]: launched(),
        });
        expect(run.verdict.verdict).toBe("fail");
        expect(where(run)[0]).toEqual([
          "error-budget-exhausted",
          FILE,
          ...Object.values(at(launched(), "slo:")),
        ]);
      });

      it("lets reliability work through with an exempt label, and says why", async () => {
        const { gh, repo, pull } = newScope(["reliability"]);
        const run = await gate(gh, repo.fullName, pullRequestEvent(repo, pull));
        expect(run.verdict.verdict).toBe("pass");
        expect(run.report.errors).toBe(0);
        expect(run.summary).toContain(
          "The pull request carries the label reliability: the error-budget gate lets reliability work through.",
        );
      });

      it("does not hold a PR that changes a launched item without adding scope", async () => {
        const gh = fake();
        const { repo, base } = repository(gh, { [POLICY]: budgetPolicy(), [FILE]: launched() });
        const { pull } = pullRequest(repo, base, {
          [FILE]: launched().replace("title: Item FEAT-9", "title: Checkout, reworded"),
        });
        approveAsReviewer(repo, pull);
        const run = await gate(gh, repo.fullName, pullRequestEvent(repo, pull));
        expect(run.verdict.verdict).toBe("pass");
        expect(run.report).toMatchObject({ result: "pass", errors: 0, warnings: 0 });
      });

      describe("the live checks (SPEC section 9)", () => {
        const CART = "roadmap/cart.yaml";
        const cart = (slices: string[] = []) =>
          liveItem({ id: "FEAT-2", job: "cart", slices, signedOn: daysAgo(5) });

        it("holds a PR that adds scope to a launched item that breaks its objectives, unless it is reliability work", async () => {
          const gh = fake();
          const policy = livePolicy("objectives: fail");
          const { repo, base } = repository(gh, { [POLICY]: policy, [CART]: cart() });
          const head = cart(["more-scope"]);
          const held = pullRequest(repo, base, { [CART]: head });
          approveAsReviewer(repo, held.pull);
          const run = await gate(gh, repo.fullName, pullRequestEvent(repo, held.pull));
          expect(run.verdict.verdict).toBe("fail");
          expect(run.report.findings.map((f) => f.ruleId)).toEqual(
            Array.from({ length: 4 }, () => "objective-breached"),
          );
          expect(run.report.findings[2]).toMatchObject({
            file: CART,
            ...at(head, '"p95 <= 300ms"'),
            message: "latency p95 is 750 ms over 7d; FEAT-2 promises p95 <= 300ms",
            hint: "Ship reliability work first (on a pull request, the label `reliability` or `incident` exempts it); a waiver of objective-breached in the item lets new scope through (on a pull request, approved by a reviewer).",
          });

          const exempt = pullRequest(
            repo,
            base,
            { [CART]: head },
            { labels: ["reliability"], number: 8 },
          );
          approveAsReviewer(repo, exempt.pull);
          const through = await gate(gh, repo.fullName, pullRequestEvent(repo, exempt.pull));
          expect(through.verdict.verdict).toBe("pass");
          expect(through.report.errors).toBe(0);
          expect(through.summary).toContain(
            "The pull request carries the label reliability: launched items' objectives (live.objectives) do not hold reliability work.",
          );
        });

        it("checks on a push that every item's instrumentation returns data, from the workspace", async () => {
          const gh = fake();
          const policy = livePolicy("instrumentation: fail");
          const ghost = liveItem({ id: "FEAT-3", job: "ghost", status: "in_progress" });
          const shop = liveItem({ id: "FEAT-1", job: "shop", status: "in_progress" });
          const files = {
            [POLICY]: policy,
            "roadmap/ghost.yaml": ghost,
            "roadmap/shop.yaml": shop,
          };
          const { repo, base } = repository(gh, files);
          const after = repo.commit({ "README.md": "x\n" });
          const run = await gate(
            gh,
            repo.fullName,
            pushEvent(repo, { before: base, after }),
            files,
          );
          expect(run.verdict.verdict).toBe("fail");
          // good, total (twice), bad, latency and the up signal of ghost; the drift count is 0, data.
          expect(run.report.findings.map((f) => [f.file, f.ruleId])).toEqual(
            Array.from({ length: 6 }, () => ["roadmap/ghost.yaml", "instrumentation-no-data"]),
          );
          expect(run.report.findings.at(-1)!.message).toBe(
            'instrumentation.logging.signal.query of FEAT-3: `up{job="ghost"}` returns no series: nothing is measured yet',
          );
        });
      });
    });
  },
);

describe("the Action's error-budget gate without a Prometheus URL (in this process)", () => {
  it("is off and says so once", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: budgetPolicy(), [FILE]: launched() });
    const { pull } = pullRequest(repo, base, { [FILE]: launched(["more-scope"]) });
    approveAsReviewer(repo, pull);
    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));
    expect(run.verdict.verdict).toBe("pass");
    expect(run.summary.match(/no Prometheus URL was given/g)).toHaveLength(1);
  });

  it("fails each item it would have checked under unreachable: fail, instead of passing", async () => {
    const gh = fake();
    const policy = budgetPolicy("unreachable: fail");
    const { repo, base } = repository(gh, { [POLICY]: policy, [FILE]: launched() });
    const head = launched(["more-scope"]);
    const { pull } = pullRequest(repo, base, { [FILE]: head });
    approveAsReviewer(repo, pull);
    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));
    expect(run.verdict.verdict).toBe("fail");
    expect(run.report.findings.filter((f) => f.file === FILE)).toEqual([
      expect.objectContaining({
        ruleId: "error-budget-unknown",
        ...at(head, "slo:"),
        message: expect.stringContaining(
          "The error budget of checkout-availability (service checkout) for FEAT-9 is unknown: no Prometheus URL was given",
        ) as string,
      }),
    ]);
  });
});
