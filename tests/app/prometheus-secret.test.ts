import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { pullRequestEvent as actionPullRequestEvent } from "../action/support/payloads.js";
import { runAction } from "../action/support/run-action.js";
import { runMain, tempRepo, TODAY } from "../cli/cli-harness.js";
import { budgetItem, budgetPolicy } from "../support/budget-items.js";
import { freePort } from "../support/prometheus.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { daysAgo } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { POLICY_PATH, pullRequestScenario } from "./support/scenario.js";

/**
 * A Prometheus URL with credentials (as Grafana Cloud gives) that cannot be reached: its secret
 * appears in no output of any surface — CLI, the built Action, the App's check runs and logs.
 */
const SECRET = "glc_s3cretThatMustNeverShow42";
const env: Record<string, string> = { PROMETHEUS_TIMEOUT_SECONDS: "2" };
let url = "";
beforeAll(async () => {
  url = `http://12345:${SECRET}@127.0.0.1:${await freePort()}/`;
  env.PROMETHEUS_URL = url;
});
const h = useApp({ env, compiled: true });

const FILE = "roadmap/checkout.yaml";
const item = budgetItem({
  id: "FEAT-9",
  slo: "checkout/checkout-availability",
  signedOn: daysAgo(5),
});
const policy = budgetPolicy("unreachable: fail");

describe("a Prometheus URL with credentials that cannot be reached", () => {
  it("never shows its secret in the App's check run or logs", async () => {
    const s = pullRequestScenario(h.gh, "prometheus-secret", {
      base: { [POLICY_PATH]: policy, [FILE]: item },
      head: { "src/checkout.ts": "export {};\n" },
      body: "Roadmap: FEAT-9",
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
    const run = s.repo.checkRuns.at(-1)!;
    expect(run.conclusion).toBe("failure");
    expect(run.output.annotations.map((a) => a.title)).toContain("error-budget-unknown");
    expect(JSON.stringify(run)).toContain("Prometheus at http://127.0.0.1:");
    expect(JSON.stringify(run)).not.toContain(SECRET);
    expect(h.app.output()).not.toContain(SECRET);
  });

  it("never shows its secret in the built Action's logs, outputs, job summary or SARIF", async () => {
    const s = pullRequestScenario(h.gh, "prometheus-secret-action", {
      base: { [POLICY_PATH]: policy, [FILE]: item },
      head: {
        [FILE]: budgetItem({
          id: "FEAT-9",
          slo: "checkout/checkout-availability",
          slices: ["more"],
          signedOn: daysAgo(5),
        }),
      },
    });
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    s.repo.setPermission("sam", "write");
    const sarifFile = `/tmp/roadmap-gate-secret-${process.pid}.sarif`;
    const run = await runAction({
      gh: h.gh,
      repo: s.repo.fullName,
      event: actionPullRequestEvent(s.repo, s.pull),
      inputs: { "prometheus-url": url, "sarif-file": sarifFile },
    });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain("error-budget-unknown");
    // The runner masks what the Action registers: the registration is the only place it appears.
    expect(run.stdout).toContain(`::add-mask::${SECRET}`);
    const logs = run.stdout.replaceAll(`::add-mask::${SECRET}`, "") + run.stderr;
    const sarif = await readFile(sarifFile, "utf8").catch(() => JSON.stringify(run.sarif ?? ""));
    for (const text of [logs, run.summary, JSON.stringify(run.outputs), sarif])
      expect(text).not.toContain(SECRET);
  });

  it("never shows its secret in the CLI's output, nor when it is not a URL", async () => {
    const { repo } = await tempRepo({ ".github/roadmap-gate.yml": policy, [FILE]: item });
    const judged = await runMain(
      ["validate", "--format", "json", "--today", TODAY],
      repo,
      undefined,
      {
        env: { ROADMAP_GATE_PROMETHEUS_URL: url },
        prometheusTimeoutMs: 2000,
      },
    );
    expect(judged.code).toBe(1);
    expect(judged.stdout).toContain("Prometheus at http://127.0.0.1:");
    const broken = await runMain(["validate", "--today", TODAY], repo, undefined, {
      env: { ROADMAP_GATE_PROMETHEUS_URL: `https://12345:${SECRET}@ not a url` },
    });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("The Prometheus URL is not a URL");
    for (const text of [judged.stdout, judged.stderr, broken.stdout, broken.stderr])
      expect(text).not.toContain(SECRET);
  });
});
