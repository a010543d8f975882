import { describe, expect, it } from "vitest";
import { POLICY } from "./support/items.js";
import { linkedItem, pyrra, SLO_POLICY } from "./support/slo-files.js";
import { pullRequestEvent } from "./support/payloads.js";
import { annotations, runAction } from "./support/run-action.js";
import { stallEnv } from "../support/stall.js";
import { approveAsReviewer, pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();

/**
 * The built Action's runs with slo.files on a pull request, one stopped in its evaluation thread. The
 * SLO files on a push, and the reads at the base: tests/gate/slo.test.ts.
 */
describe("the Action with slo.files", () => {
  it("reads SLO files at the base, in the same batched read as the items, and previews the PR's edit", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, {
      [POLICY]: SLO_POLICY,
      "slo/orders.yaml": pyrra("99.5"),
    });
    // The pull request raises the SLO's target to match its item: that decides nothing until it
    // is merged (SLO files decide like the policy), and is previewed.
    const { pull, head } = pullRequest(repo, base, {
      "roadmap/feat-1.yaml": linkedItem("FEAT-1"),
      "slo/orders.yaml": pyrra("99.9"),
    });
    approveAsReviewer(repo, pull);

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(1);
    expect(annotations(run, "error").map((a) => a.properties.title)).toEqual([
      "slo-mismatch",
      undefined,
    ]);
    expect(run.summary).toContain("`orders-pipeline` (pyrra, 99.5%, 28d) `slo/orders.yaml:4`");
    expect(run.summary).toContain(
      "SLO change preview: this pull request changes slo/orders.yaml. SLO files are read at the base branch, like the policy, so they decide nothing here (nor the error-budget queries); with the new files every judged item would pass.",
    );
    // One GraphQL query reads the base policy; one more reads the head's items and both SLO files.
    const reads = run.requests
      .filter((r) => r.path === "/graphql")
      .map((r) => Object.values((r.body as { variables: Record<string, unknown> }).variables));
    expect(reads).toHaveLength(2);
    expect(reads[1]).toEqual(
      expect.arrayContaining([
        `${head}:roadmap/feat-1.yaml`,
        `${head}:slo/orders.yaml`,
        `${base}:slo/orders.yaml`,
      ]),
    );
  });

  it("stops at an SLO file at the head that outlasts its budget, naming its size", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: SLO_POLICY });
    const slo = pyrra("99.9");
    const { pull } = pullRequest(repo, base, {
      "roadmap/feat-1.yaml": linkedItem("FEAT-1"),
      "slo/orders.yaml": slo,
    });
    approveAsReviewer(repo, pull);

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: pullRequestEvent(repo, pull),
      inputs: { "fail-on": "never" },
      env: { ...stallEnv("slo/orders.yaml"), ROADMAP_GATE_FILE_BUDGET_MS: "500" },
    });

    const bytes = Buffer.byteLength(slo).toLocaleString("en-US");
    const message = `Judging this file (${bytes} bytes) took longer than the 0.5 s a file may take, so it was stopped and no other file was judged`;
    expect(run.exitCode).toBe(1);
    expect(annotations(run, "error")).toEqual([
      {
        command: "error",
        properties: { file: "slo/orders.yaml", line: "1", col: "1", title: "too-complex" },
        message: expect.stringContaining(message) as string,
      },
      {
        command: "error",
        properties: {},
        message: `roadmap-gate stopped judging slo/orders.yaml: ${message}.`,
      },
    ]);
  });
});
