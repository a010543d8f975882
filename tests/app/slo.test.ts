import { describe, expect, it } from "vitest";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { POLICY_PATH, pullRequestScenario } from "./support/scenario.js";

const h = useApp();

const SLOTH = `version: prometheus/v1
service: orders
slos:
  - name: pipeline
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(jobs_total{result="error"}[{{.window}}]))
        total_query: sum(rate(jobs_total[{{.window}}]))
    alerting:
      name: OrdersPipeline
`;

describe("the roadmap-gate check run with slo.files", () => {
  it("fails a pull request whose metric promises less than its Sloth SLO, annotated at the objective", async () => {
    const item = itemYaml({
      id: "FEAT-1",
      signOffs: ["@sam"],
    }).replace(
      'pipeline_reliability: { objective: ">= 99.5%", window: 28d, source: grafana }',
      'pipeline_reliability: { objective: ">= 99.5%", window: 28d, source: grafana, slo: orders/pipeline }',
    );
    const s = pullRequestScenario(h.gh, "slo-mismatch", {
      base: {
        [POLICY_PATH]: "slo:\n  files: [slo/**/*.yaml]\n  sloth_period: 4w\n",
        "slo/orders/sloth.yaml": SLOTH,
      },
      head: { "roadmap/feat-1.yaml": item },
    });
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });

    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.annotations.map((a) => [a.path, a.title, a.start_line, a.message])).toEqual([
      [
        "roadmap/feat-1.yaml",
        "slo-mismatch",
        item.split("\n").findIndex((l) => l.includes("slo: orders/pipeline")) + 1,
        expect.stringContaining("but SLO pipeline (slo/orders/sloth.yaml:4) targets 99.9%"),
      ],
    ]);
    expect(run!.output.summary).toContain("### Metrics linked to SLOs");
  });

  it("judges by the base's SLO files, and only previews what the pull request's edit of them would decide", async () => {
    const item = itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }).replace(
      'pipeline_reliability: { objective: ">= 99.5%", window: 28d, source: grafana }',
      'pipeline_reliability: { objective: ">= 99.5%", window: 28d, source: grafana, slo: orders/pipeline }',
    );
    const s = pullRequestScenario(h.gh, "slo-edited", {
      base: {
        [POLICY_PATH]: "slo:\n  files: [slo/**/*.yaml]\n  sloth_period: 4w\n",
        "slo/orders/sloth.yaml": SLOTH,
      },
      // The item and an SLO lowered to agree with it, in one pull request.
      head: {
        "roadmap/feat-1.yaml": item,
        "slo/orders/sloth.yaml": SLOTH.replace("objective: 99.9", "objective: 99.5"),
      },
    });
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });

    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.annotations.map((a) => a.title)).toEqual(["slo-mismatch"]);
    expect(run!.output.summary).toContain(
      "SLO change preview: this pull request changes slo/orders/sloth.yaml. SLO files are read at the base branch, like the policy, so they decide nothing here (nor the error-budget queries); with the new files every judged item would pass.",
    );
  });
});
