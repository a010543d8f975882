import { describe, expect, it } from "vitest";
import { POLICY } from "../action/support/items.js";
import { linkedItem, pyrra, SLO_POLICY } from "../action/support/slo-files.js";
import { pullRequestEvent, pushEvent } from "../action/support/payloads.js";
import {
  approveAsReviewer,
  pullRequest,
  repository,
  useFakeGitHub,
} from "../action/support/scenario.js";
import { at, gateAsAction, where } from "./support/action-gate.js";

/**
 * SLO files in the Action's gate: at the base of a pull request (core/gate), from the workspace on
 * a push (action/evaluate-workspace), in this process against the fake GitHub. The built Action's
 * runs with slo.files (its summary, a stopped SLO file) are tests/action/slo.test.ts.
 */
const fake = useFakeGitHub();

describe("the Action's gate with slo.files", () => {
  it("reads SLO files from the workspace on a push and finds a mismatch at the objective", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: SLO_POLICY });
    const after = repo.commit({ "roadmap/feat-1.yaml": linkedItem("FEAT-1") });
    const text = linkedItem("FEAT-1");

    const run = await gateAsAction(
      gh,
      repo.fullName,
      pushEvent(repo, { before: base, after }),
      {},
      {
        [POLICY]: SLO_POLICY,
        "roadmap/feat-1.yaml": text,
        "slo/orders.yaml": pyrra("99.5"),
        "slo/broken.yaml":
          "apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\nmetadata: [\n",
      },
    );

    expect(run.verdict.verdict).toBe("fail");
    const { line, column } = at(text, '">= 99.9%"');
    expect(where(run).slice(0, 2)).toEqual([
      ["slo-mismatch", "roadmap/feat-1.yaml", line, column],
      ["slo-file-invalid", "slo/broken.yaml", 4, 1],
    ]);
    expect(run.report.findings[0]?.message).toContain(
      "but SLO orders-pipeline (slo/orders.yaml:4) targets 99.5%",
    );
    expect(run.report.findings[1]?.message).toContain("Invalid YAML");
  });

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

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(run.report.findings.map((f) => f.ruleId)).toEqual(["slo-mismatch"]);
    expect(run.outcome).toMatchObject({
      result: { sloChange: { files: ["slo/orders.yaml"], wouldFail: [] } },
    });
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
});
