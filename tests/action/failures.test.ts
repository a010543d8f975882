import { describe, expect, it } from "vitest";
import { brokenItem, item, POLICY } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { annotations, runAction, TOKEN } from "./support/run-action.js";
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

/**
 * The built Action when GitHub fails it (retries, deadlines, refusals: as seen over HTTP), when an
 * input is wrong, and when a file is stopped in its evaluation thread; and its outputs, annotations,
 * summary and SARIF when there are more findings than GitHub shows. Which verdict which findings
 * give (fail-on, enforcement, team reviewers the token cannot check) is tests/gate/verdicts.test.ts.
 */
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

  it("fails closed without retrying when the token is refused (403), and never prints the token", async () => {
    const { gh, repo, event } = approvedPullRequest();
    gh.fail({ path: /\/pulls\/7\/files$/, status: 403, body: { message: `bad token ${TOKEN}` } });

    const run = await runAction({ gh, repo: repo.fullName, event, inputs: { "fail-on": "never" } });
    gh.clearFaults();

    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe("fail");
    expect(annotations(run, "error")[0]?.message).toMatch(
      new RegExp(`^GitHub API GET .*/repos/${repo.fullName}/pulls/7/files answered 403 \\(.*\\)$`),
    );
    expect(run.requests.filter((r) => /\/pulls\/7\/files$/.test(r.path))).toHaveLength(1);
    // GitHub's answer carried the token: only the mask command names it.
    expect(run.stdout.replace(`::add-mask::${TOKEN}`, "")).not.toContain(TOKEN);
    expect(run.summary + run.stderr).not.toContain(TOKEN);
  });
  it("reports every finding without failing under fail-on: never: ten annotations a level, the summary cut below GitHub's 1 MiB with a note, SARIF whole", async () => {
    const gh = fake();
    const { repo } = repository(gh, {});
    const workspace = Object.fromEntries(
      Array.from({ length: 1500 }, (_, i) => [`roadmap/feat-${i}.yaml`, brokenItem(`FEAT-${i}`)]),
    );

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: { name: "workflow_dispatch", payload: {} },
      inputs: { "fail-on": "never" },
      workspace,
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: "fail", errors: "4500", items: "1500" });
    // Ten of a level, and no step failure after them.
    expect(annotations(run, "error")).toHaveLength(10);
    expect(annotations(run, "error").every((a) => a.properties.title === "metric-missing")).toBe(
      true,
    );
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toMatch(
      /> … \d+ more findings?, .* not shown; every finding is in the SARIF file/,
    );
    expect(run.summary).toContain(
      "GitHub shows at most 10 annotations of each level per step: 4490 more errors are not annotated; see the findings above, and the SARIF file (output `sarif-file`) for every finding.",
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

  it("stops a file that outlasts its time budget and fails the step with the reason", async () => {
    const { gh, repo, event } = approvedPullRequest();
    const run = await runAction({
      gh,
      repo: repo.fullName,
      event,
      inputs: { "fail-on": "never" },
      // The stalled file is the only one judged (the policy is read untimed): its budget is the
      // stall's length, nothing else must fit in it.
      env: { ...stallEnv("roadmap/feat-2.yaml"), ROADMAP_GATE_FILE_BUDGET_MS: "100" },
    });

    const bytes = Buffer.byteLength(item("FEAT-2")).toLocaleString("en-US");
    const message = `Judging this file (${bytes} bytes) took longer than the 0.1 s a file may take, so it was stopped and no other file was judged`;
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
