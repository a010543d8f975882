import { describe, expect, it } from "vitest";
import { brokenItem, item, POLICY } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { annotations, runAction, TOKEN, writes } from "./support/run-action.js";
import { stallEnv } from "../support/stall.js";
import { approveAsReviewer, pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();

/** A pull request adding one item that @sam (write access) approved at its head. */
function approvedPullRequest(policy = "", content = item("FEAT-2")) {
  const gh = fake();
  const { repo, base } = repository(gh, { [POLICY]: policy });
  const { pull } = pullRequest(repo, base, { "roadmap/feat-2.yaml": content });
  approveAsReviewer(repo, pull);
  return { gh, repo, pull, event: pullRequestEvent(repo, pull) };
}

describe("the Action when GitHub or the findings say no", () => {
  it("retries a server error and passes when GitHub recovers", async () => {
    const { gh, repo, event } = approvedPullRequest();
    gh.fail({ path: /\/pulls\/7\/files$/, status: 502, times: 1 });

    const run = await runAction({ gh, repo: repo.fullName, event });

    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe("pass");
    expect(
      run.requests.filter((r) => /\/pulls\/7\/files$/.test(r.path)).map((r) => r.status),
    ).toEqual([502, 200]);
  });

  it("fails closed with the reason when GitHub keeps answering 500", async () => {
    const { gh, repo, event } = approvedPullRequest();
    gh.fail({ path: /^\/graphql$/, status: 500 });

    const run = await runAction({ gh, repo: repo.fullName, event });
    gh.clearFaults();

    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe("fail");
    expect(run.outputs.errors).toBeUndefined();
    expect(annotations(run, "error")).toEqual([
      {
        command: "error",
        properties: {},
        message: expect.stringMatching(
          /^GitHub API POST \/graphql .* answered 500 \(Server Error\)$/,
        ) as string,
      },
    ]);
    // The first request and two retries, then the step gives up.
    expect(run.requests.filter((r) => r.path === "/graphql")).toHaveLength(3);
  }, 20_000);

  it("fails closed when a GitHub endpoint hangs, at the request deadline", async () => {
    const { gh, repo, event } = approvedPullRequest();
    const hang = gh.delay({ path: /\/pulls\/7\/files$/, ms: 60_000, times: 1 });

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event,
      env: { ROADMAP_GATE_REQUEST_TIMEOUT_MS: "1000" },
    }).finally(() => gh.clearFaults());

    expect(hang.hits).toBe(1);
    expect(run.exitCode).toBe(1);
    expect(annotations(run, "error")).toEqual([
      {
        command: "error",
        properties: {},
        message: expect.stringMatching(/could not be reached: .*timeout/) as string,
      },
    ]);
  }, 30_000);

  it("fails closed without retrying when the token is refused (403)", async () => {
    const { gh, repo, event } = approvedPullRequest();
    gh.fail({ path: /\/pulls\/7\/reviews$/, status: 403 });

    const run = await runAction({ gh, repo: repo.fullName, event, inputs: { "fail-on": "never" } });
    gh.clearFaults();

    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe("fail");
    expect(annotations(run, "error")[0]?.message).toMatch(
      new RegExp(
        `^GitHub API GET .*/repos/${repo.fullName}/pulls/7/reviews answered 403 \\(Forbidden\\)$`,
      ),
    );
    expect(run.requests.filter((r) => /\/reviews$/.test(r.path))).toHaveLength(1);
  });

  it("works from a fork with a read-only token, and fails closed on team reviewers it cannot check", async () => {
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

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: pullRequestEvent(repo, pull, { fork: "outsider" }),
      inputs: { "fail-on": "never" },
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: "fail", errors: "2" });
    const unknown = annotations(run, "error").find(
      (a) => a.properties.title === "signoff-authority-unknown",
    );
    expect(unknown?.message).toContain("the token cannot read team membership of @octo/risk");
    expect(unknown?.message).toContain("or run roadmap-gate as the GitHub App");
    expect(annotations(run, "error").at(-1)?.message).toContain("This fails whatever fail-on says");
    expect(writes(run)).toEqual([]);
    expect(run.summary).toContain("signoff-authority-unknown");
  });

  it("fails closed saying the token cannot see the team when GitHub answers 404 for it", async () => {
    const gh = fake();
    gh.addTeam("octo", "risk", ["sam"], { hidden: true });
    const { repo, base } = repository(gh, { [POLICY]: 'sign_off:\n  reviewers: ["@octo/risk"]\n' });
    const { pull, head } = pullRequest(repo, base, { "roadmap/feat-2.yaml": item("FEAT-2") });
    repo.addReview(7, { login: "sam", state: "APPROVED", commitId: head });

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(1);
    const errors = annotations(run, "error");
    expect(errors.map((a) => a.properties.title)).not.toContain("signoff-unauthorised");
    const unknown = errors.find((a) => a.properties.title === "signoff-authority-unknown");
    expect(unknown?.message).toContain(
      "Could not check whether @sam may sign off FEAT-2: the token cannot see the team @octo/risk",
    );
    expect(unknown?.message).toContain("read:org");
    expect(run.requests.map((r) => r.path)).toContain("/orgs/octo/teams/risk");
  });

  it("reports findings without failing under fail-on: never, and under enforcement: warn", async () => {
    const never = approvedPullRequest("", brokenItem("FEAT-2"));
    const warn = approvedPullRequest("enforcement: warn\n", brokenItem("FEAT-2"));

    const runNever = await runAction({
      gh: never.gh,
      repo: never.repo.fullName,
      event: never.event,
      inputs: { "fail-on": "never" },
    });
    const runWarn = await runAction({ gh: warn.gh, repo: warn.repo.fullName, event: warn.event });

    for (const run of [runNever, runWarn]) {
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ result: "fail", errors: "3" });
      expect(annotations(run, "error")).toHaveLength(3);
    }
  });

  it("fails on warnings under fail-on: warning", async () => {
    // A proposed item with an unlisted reviewer: a warning, not an error.
    const { gh, repo, event } = approvedPullRequest(
      'sign_off:\n  reviewers: ["@sam"]\n',
      item("FEAT-2", { status: "proposed", reviewers: ["@sam", "@mallory"] }),
    );

    const lenient = await runAction({ gh, repo: repo.fullName, event });
    const strict = await runAction({
      gh,
      repo: repo.fullName,
      event,
      inputs: { "fail-on": "warning" },
    });

    expect(lenient.outputs).toMatchObject({ result: "pass", errors: "0" });
    expect(Number(lenient.outputs.warnings)).toBeGreaterThan(0);
    expect(lenient.exitCode).toBe(0);
    expect(strict.exitCode).toBe(1);
  });

  it("annotates ten findings of a level and says in the summary how many more there are", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const broken = Object.fromEntries(
      [1, 2, 3, 4, 5].map((n) => [`roadmap/feat-${n}.yaml`, brokenItem(`FEAT-${n}`)]),
    );
    const { pull } = pullRequest(repo, base, broken);

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: pullRequestEvent(repo, pull),
      inputs: { "verify-sign-off": "auto" },
    });

    // 5 items × (3 metrics + unverified + approvals) = 25 errors; 10 annotated, plus the failure.
    expect(run.outputs.errors).toBe("25");
    expect(annotations(run, "error")).toHaveLength(11);
    expect(run.summary).toContain(
      "GitHub shows at most 10 annotations of each level per step: 15 more errors are not annotated; see the findings above, and the SARIF file (output `sarif-file`) for every finding.",
    );
    expect(run.sarif?.runs[0]?.results).toHaveLength(25);
  });

  it("cuts the job summary below GitHub's 1 MiB with a note, and keeps every finding in SARIF", async () => {
    const gh = fake();
    const { repo } = repository(gh, {});
    const workspace = Object.fromEntries(
      Array.from({ length: 1500 }, (_, i) => [`roadmap/feat-${i}.yaml`, brokenItem(`FEAT-${i}`)]),
    );

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: { name: "workflow_dispatch", payload: {} },
      workspace,
    });

    expect(run.outputs).toMatchObject({ result: "fail", errors: "4500", items: "1500" });
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toMatch(
      /> … \d+ more findings?, .* not shown; every finding is in the SARIF file/,
    );
    expect(run.summary).toContain(
      "GitHub shows at most 10 annotations of each level per step: 4490 more errors are not annotated",
    );
    expect(run.sarif?.runs[0]?.results).toHaveLength(4500);
  });

  it("rejects an input value it does not know", async () => {
    const { gh, repo, event } = approvedPullRequest();

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event,
      inputs: { "fail-on": "sometimes" },
    });

    expect(run.exitCode).toBe(1);
    expect(annotations(run, "error")[0]?.message).toBe(
      'Input fail-on must be one of error, warning, never, not "sometimes".',
    );
    expect(run.requests).toEqual([]);
  });

  it("never prints the token", async () => {
    const { gh, repo, event } = approvedPullRequest();
    gh.fail({ path: /\/pulls\/7\/files$/, status: 403, body: { message: `bad token ${TOKEN}` } });

    const run = await runAction({ gh, repo: repo.fullName, event });
    gh.clearFaults();

    expect(run.exitCode).toBe(1);
    expect(run.stdout.replace(`::add-mask::${TOKEN}`, "")).not.toContain(TOKEN);
    expect(run.summary + run.stderr).not.toContain(TOKEN);
  });

  it("stops a file that outlasts its time budget and fails the step with the reason", async () => {
    const { gh, repo, event } = approvedPullRequest();
    const run = await runAction({
      gh,
      repo: repo.fullName,
      event,
      inputs: { "fail-on": "never" },
      env: { ...stallEnv("roadmap/feat-2.yaml"), ROADMAP_GATE_FILE_BUDGET_MS: "500" },
    });

    const bytes = Buffer.byteLength(item("FEAT-2")).toLocaleString("en-US");
    const message = `Judging this file (${bytes} bytes) took longer than the 0.5 s a file may take, so it was stopped and no other file was judged`;
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: "fail", errors: "1", items: "1" });
    expect(
      run.commands.filter((c) => c.command === "error").map((c) => [c.properties, c.message]),
    ).toEqual([
      [
        expect.objectContaining({
          file: "roadmap/feat-2.yaml",
          line: "1",
          col: "1",
          title: "too-complex",
        }),
        expect.stringContaining(message),
      ],
      [{}, `roadmap-gate stopped judging roadmap/feat-2.yaml: ${message}.`],
    ]);
    expect(run.sarif?.runs[0]?.results?.map((r) => r.ruleId)).toEqual(["too-complex"]);
  });

  it("stops a file that outgrows the thread's memory and fails the step with the reason", async () => {
    let heavy = item("FEAT-2");
    for (let i = 0; heavy.length < 1_000_000; i++) heavy += `k${i.toString(36)}: 1\n`;
    const { gh, repo, event } = approvedPullRequest("", heavy);
    const run = await runAction({
      gh,
      repo: repo.fullName,
      event,
      inputs: { "fail-on": "never" },
      env: { ROADMAP_GATE_THREAD_MEMORY_MB: "32" },
    });

    const bytes = Buffer.byteLength(heavy).toLocaleString("en-US");
    const message = `Judging this file (${bytes} bytes) needed more than the 32 MiB of memory an evaluation may use, so it was stopped and no other file was judged`;
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: "fail", errors: "1", items: "1" });
    expect(run.commands.filter((c) => c.command === "error").map((c) => c.message)).toEqual([
      expect.stringContaining(message),
      `roadmap-gate stopped judging roadmap/feat-2.yaml: ${message}.`,
    ]);
  });
});
