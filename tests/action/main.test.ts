import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { brokenItem, item, POLICY } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { startFakeGitHub } from "../support/fake-github/index.js";
import { jobs } from "../support/recorded-thread.js";
import { approveAsReviewer, pullRequest, repository } from "./support/scenario.js";

/**
 * action/main.ts's run() in this process, with the toolkit replaced: inputs from a map, every
 * output, failure and log line recorded. The same scenarios against the built bundle are in the
 * other files of this folder; these pin run()'s one failure exit without starting node.
 */
const toolkit = vi.hoisted(() => ({
  inputs: {} as Record<string, string>,
  calls: [] as [string, ...unknown[]][],
  context: { eventName: "", payload: {} as Record<string, unknown> },
}));

vi.mock("@actions/core", () => {
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      toolkit.calls.push([name, ...args]);
    };
  return {
    getInput: (name: string) => toolkit.inputs[name] ?? "",
    getMultilineInput: (name: string) =>
      (toolkit.inputs[name] ?? "").split("\n").filter((line) => line !== ""),
    setSecret: record("setSecret"),
    setOutput: record("setOutput"),
    setFailed: record("setFailed"),
    info: record("info"),
    error: record("error"),
    warning: record("warning"),
    notice: record("notice"),
    summary: {
      addRaw(markdown: string) {
        toolkit.calls.push(["summary", markdown]);
        return this;
      },
      write: () => Promise.resolve(),
    },
  };
});

vi.mock("@actions/github", async (original) => ({
  ...(await original<typeof import("@actions/github")>()),
  context: toolkit.context,
}));

// The real evaluation thread, with each job it is handed recorded in `jobs`; judging
// roadmap/feat-2.yaml never ends there (tests/support/stall-thread.mjs), to prove the budget.
process.env.ROADMAP_GATE_TEST_STALL_FILE = "roadmap/feat-2.yaml";
vi.mock("../../thread/evaluation-threads.js", async (original) =>
  (await import("../support/recorded-thread.js")).recordingJobs(original),
);

// @actions/github reads GITHUB_API_URL when it is first imported: start the fake before that.
const gh = await startFakeGitHub();
process.env.GITHUB_API_URL = gh.url;
afterAll(() => gh.close());
const { run } = await import("../../action/main.js");

function calls(name: string): unknown[][] {
  return toolkit.calls.filter(([called]) => called === name).map(([, ...args]) => args);
}

function outputs(): Record<string, unknown> {
  return Object.fromEntries(calls("setOutput").map(([name, value]) => [name, value]));
}

/** A pull_request run of the repository's PR #7, with `inputs` over the defaults. */
function onPullRequest(files: { base: Record<string, string>; head: Record<string, string> }) {
  const { repo, base } = repository(gh, files.base);
  const { pull } = pullRequest(repo, base, files.head);
  approveAsReviewer(repo, pull);
  const event = pullRequestEvent(repo, pull);
  toolkit.context.eventName = event.name;
  toolkit.context.payload = event.payload;
  process.env.GITHUB_REPOSITORY = repo.fullName;
  return repo;
}

beforeEach(() => {
  toolkit.calls.length = 0;
  jobs.length = 0;
  toolkit.inputs = { token: "ghs_unitTestToken", config: POLICY, "fail-on": "error" };
  process.env.RUNNER_TEMP = process.env.TMPDIR ?? "/tmp";
  process.env.ROADMAP_GATE_RETRY_BASE_MS = "5";
  delete process.env.GITHUB_STEP_SUMMARY;
  delete process.env.ROADMAP_GATE_FILE_BUDGET_MS;
  delete process.env.ROADMAP_GATE_FAST_READER;
});

describe("run()", () => {
  it("passes an approved item: outputs, a summary line, no failure", async () => {
    onPullRequest({
      base: { [POLICY]: "" },
      head: { "roadmap/feat-1.yaml": item("FEAT-1") },
    });
    await run();
    expect(calls("setFailed")).toEqual([]);
    expect(outputs()).toMatchObject({ result: "pass", errors: 0, warnings: 0, items: 1 });
    expect(calls("info")).toEqual([["roadmap-gate: 0 errors, 0 warnings in 1 item."]]);
  });

  it("hands ROADMAP_GATE_FAST_READER=off to the engine in the thread's job, and judges the same", async () => {
    onPullRequest({
      base: { [POLICY]: "" },
      head: { "roadmap/feat-1.yaml": brokenItem("FEAT-1") },
    });
    process.env.ROADMAP_GATE_FAST_READER = "off";
    await run();
    expect(jobs).toEqual([
      expect.objectContaining({
        kind: "pull-request",
        run: expect.objectContaining({ read: { fastReader: false } }),
      }),
    ]);
    expect(outputs()).toMatchObject({ result: "fail", items: 1 });
    expect(calls("setFailed")).toEqual([["roadmap-gate: 3 errors, 0 warnings in 1 item."]]);
  });

  it("fails the step once, with the reason, when an item is not gate-ready", async () => {
    onPullRequest({
      base: { [POLICY]: "" },
      head: { "roadmap/feat-1.yaml": brokenItem("FEAT-1") },
    });
    await run();
    expect(outputs()).toMatchObject({ result: "fail", items: 1 });
    expect(calls("setFailed")).toEqual([["roadmap-gate: 3 errors, 0 warnings in 1 item."]]);
    expect(calls("error")).toHaveLength(3);
  });

  it("judges nothing under an invalid base policy and names what is wrong with it", async () => {
    onPullRequest({
      base: { [POLICY]: "enforcement: loud\n" },
      head: { "roadmap/feat-1.yaml": item("FEAT-1") },
    });
    await run();
    expect(outputs()).toMatchObject({ result: "fail", items: 0 });
    expect(calls("setFailed")).toEqual([
      [
        expect.stringMatching(
          /^The policy \.github\/roadmap-gate\.yml is not valid, so no item was judged: .*enforcement/,
        ),
      ],
    ]);
  });

  it("fails closed with the message of anything thrown, and says result fail", async () => {
    onPullRequest({ base: { [POLICY]: "" }, head: { "roadmap/feat-1.yaml": item("FEAT-1") } });
    toolkit.inputs.token = "";
    await run();
    expect(calls("setOutput")).toEqual([["result", "fail"]]);
    expect(calls("setFailed")).toEqual([
      ["Input token is empty: pass a token, e.g. token: ${{ github.token }}."],
    ]);
  });

  it("stops a file that outlasts its budget and fails the step with the reason, whatever fail-on says", async () => {
    onPullRequest({
      base: { [POLICY]: "" },
      head: { "roadmap/feat-1.yaml": item("FEAT-1"), "roadmap/feat-2.yaml": item("FEAT-2") },
    });
    toolkit.inputs["fail-on"] = "never";
    process.env.ROADMAP_GATE_FILE_BUDGET_MS = "300";
    await run();
    const bytes = Buffer.byteLength(item("FEAT-2")).toLocaleString("en-US");
    const message = `Judging this file (${bytes} bytes) took longer than the 0.3 s a file may take, so it was stopped and no other file was judged`;
    expect(calls("setFailed")).toEqual([
      [`roadmap-gate stopped judging roadmap/feat-2.yaml: ${message}.`],
    ]);
    expect(outputs()).toMatchObject({ result: "fail", errors: 1, items: 1 });
    expect(calls("error")).toEqual([
      [
        `${message}\nHint: Split it into smaller item files or simplify it (fewer keys, shallower nesting, no anchors); if a small file is this slow, report it as a bug with the file.`,
        expect.objectContaining({ file: "roadmap/feat-2.yaml", startLine: 1, startColumn: 1 }),
      ],
    ]);
  });
});
