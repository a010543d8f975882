import { describe, expect, it } from "vitest";
import { brokenItem, item, POLICY } from "../action/support/items.js";
import { pullRequestEvent } from "../action/support/payloads.js";
import {
  approveAsReviewer,
  pullRequest,
  repository,
  useFakeGitHub,
} from "../action/support/scenario.js";
import { finding, gateAsAction } from "./support/action-gate.js";

/**
 * Which verdict the Action's gate gives for which findings, under fail-on, enforcement and
 * sign-offs GitHub will not confirm: core/gate's shared step in this process against the fake
 * GitHub, and the step's failure message (action/fail-on.ts). The built Action's exit codes and
 * outputs for a failing and a passing run are tests/action/failures.test.ts.
 */
const fake = useFakeGitHub();

/** A pull request adding one item that @sam (write access) approved at its head. */
function approvedPullRequest(policy = "", content = item("FEAT-2")) {
  const gh = fake();
  const { repo, base } = repository(gh, { [POLICY]: policy });
  const { pull } = pullRequest(repo, base, { "roadmap/feat-2.yaml": content });
  approveAsReviewer(repo, pull);
  return { gh, repo, pull, event: pullRequestEvent(repo, pull) };
}

/** Requests that could change something on GitHub (GraphQL queries are reads). */
const writes = (run: Awaited<ReturnType<typeof gateAsAction>>) =>
  run.requests.filter((r) => r.method !== "GET" && r.path !== "/graphql");

describe("the Action's gate verdict", () => {
  it("works from a fork with a read-only token, and fails closed on team reviewers it cannot check, whatever fail-on says", async () => {
    const gh = fake();
    gh.addTeam("octo", "risk", ["sam"], { forbidden: true });
    const { repo, base } = repository(gh, { [POLICY]: 'sign_off:\n  reviewers: ["@octo/risk"]\n' });
    const { pull, head } = pullRequest(
      repo,
      base,
      { "roadmap/feat-2.yaml": item("FEAT-2") },
      { author: "outsider" },
    );
    repo.addReview(7, { login: "sam", state: "APPROVED", commitId: head });

    const run = await gateAsAction(
      gh,
      repo.fullName,
      pullRequestEvent(repo, pull, { fork: "outsider" }),
      { failOn: "never" },
    );

    expect(run.report).toMatchObject({ result: "fail", errors: 2 });
    const unknown = finding(run, "signoff-authority-unknown");
    expect(unknown?.message).toContain("the token cannot read team membership of @octo/risk");
    expect(unknown?.hint).toContain("or run roadmap-gate as the GitHub App");
    expect(run.verdict).toMatchObject({
      verdict: "fail",
      blocking: { ruleId: "signoff-authority-unknown" },
    });
    expect(run.failure).toContain("This fails whatever fail-on says");
    expect(writes(run)).toEqual([]);
    expect(run.summary).toContain("signoff-authority-unknown");
  });

  it("fails closed saying the token cannot see the team when GitHub answers 404 for it", async () => {
    const gh = fake();
    gh.addTeam("octo", "risk", ["sam"], { hidden: true });
    const { repo, base } = repository(gh, { [POLICY]: 'sign_off:\n  reviewers: ["@octo/risk"]\n' });
    const { pull, head } = pullRequest(repo, base, { "roadmap/feat-2.yaml": item("FEAT-2") });
    repo.addReview(7, { login: "sam", state: "APPROVED", commitId: head });

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(run.report.findings.map((f) => f.ruleId)).not.toContain("signoff-unauthorised");
    const unknown = finding(run, "signoff-authority-unknown");
    expect(`${unknown?.message}\n${unknown?.hint}`).toContain(
      "Could not check whether @sam may sign off FEAT-2: the token cannot see the team @octo/risk",
    );
    expect(`${unknown?.message}\n${unknown?.hint}`).toContain("read:org");
    expect(run.requests.map((r) => r.path)).toContain("/orgs/octo/teams/risk");
  });

  it("reports findings without failing under fail-on: never, and under enforcement: warn", async () => {
    const never = approvedPullRequest("", brokenItem("FEAT-2"));
    const warn = approvedPullRequest("enforcement: warn\n", brokenItem("FEAT-2"));

    const runNever = await gateAsAction(never.gh, never.repo.fullName, never.event, {
      failOn: "never",
    });
    const runWarn = await gateAsAction(warn.gh, warn.repo.fullName, warn.event);

    expect(runNever.verdict.verdict).toBe("pass");
    expect(runWarn.verdict.verdict).toBe("warn");
    for (const run of [runNever, runWarn]) {
      expect(run.report).toMatchObject({ result: "fail", errors: 3 });
      expect(run.failure).toBeUndefined();
    }
  });

  it("fails on warnings under fail-on: warning", async () => {
    // A proposed item with an unlisted reviewer: a warning, not an error.
    const { gh, repo, event } = approvedPullRequest(
      'sign_off:\n  reviewers: ["@sam"]\n',
      item("FEAT-2", { status: "proposed", reviewers: ["@sam", "@mallory"] }),
    );

    const lenient = await gateAsAction(gh, repo.fullName, event);
    const strict = await gateAsAction(gh, repo.fullName, event, { failOn: "warning" });

    expect(lenient.report).toMatchObject({ result: "pass", errors: 0 });
    expect(lenient.report.warnings).toBeGreaterThan(0);
    expect(lenient.failure).toBeUndefined();
    expect(strict.verdict.verdict).toBe("fail");
    expect(strict.failure).toBe(
      `roadmap-gate: 0 errors, ${strict.report.warnings} warning${strict.report.warnings === 1 ? "" : "s"} in 1 item.`,
    );
  });
});
