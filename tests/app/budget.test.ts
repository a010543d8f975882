import { describe, expect, it } from "vitest";
import { itemYaml } from "./support/items.js";
import { issuesEvent, pullRequestEvent } from "./support/payloads.js";
import { useApp, waitFor } from "./support/harness.js";
import { approvedItemPullRequest, freshRepo, pullRequestScenario } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";
import type { FakeRepo } from "../support/fake-github/index.js";
import { stallEnv } from "../support/stall.js";

/**
 * The file whose judging never ends, standing in for an exponential pattern: the app's threads
 * stall on it (tests/support/stall-thread.mjs, preloaded by the test, not shipped).
 */
const STALL = "roadmap/stall.yaml";
/**
 * Short, since each stall below lasts this long, yet about four times what the heavy file of the
 * memory tests takes to outgrow LIMIT_MB (0.5 s on an idle machine): those must stop for memory, not for time.
 */
const BUDGET_MS = 2_000;
/** The evaluation thread's heap limit: every other test here passes under it too. */
const LIMIT_MB = 32;
const h = useApp({
  env: {
    ...stallEnv(STALL),
    ROADMAP_GATE_FILE_BUDGET_MS: String(BUDGET_MS),
    ROADMAP_GATE_THREAD_MEMORY_MB: String(LIMIT_MB),
  },
});

/**
 * Stalls in which the other installation's deliveries may be answered (see the first test): a
 * stall of BUDGET_MS is several times what answering takes (a thread's start, about 0.5 s of CPU,
 * and a small evaluation), and a machine too loaded for one gets three more.
 */
const WINDOWS = 4;

/** Whether the app has read the repository's files (GraphQL names the repository in its variables). */
function readFiles(repo: FakeRepo): boolean {
  return h.gh.requests.some(
    (r) =>
      r.path === "/graphql" &&
      (r.body as { variables?: { name?: string } } | undefined)?.variables?.name === repo.name,
  );
}

describe("a file that outlasts its budget", () => {
  it("is stopped and fails its check with the reason, while other installations' webhooks and checks go on", async () => {
    h.gh.addInstallation(2);
    const other = approvedItemPullRequest(h.gh, "unaffected");
    const asOther = (action: string) => ({
      ...pullRequestEvent(other.repo, other.pull, action),
      installation: { id: 2 },
    });

    // Each stall is a window of BUDGET_MS in which the other installation's deliveries must be
    // answered, proven by order (its check completed while the stalled one is in progress), not by
    // a wall-clock bound. A saturated machine may close a window first, which proves nothing either
    // way, so another opens; an app whose judging held its event loop misses every window.
    for (let window = 1; ; window++) {
      const slow = pullRequestScenario(h.gh, "stalls", {
        head: { [STALL]: itemYaml({ id: "FEAT-9" }) },
      });
      const slowAnswer = deliver(h.app, "pull_request", pullRequestEvent(slow.repo, slow.pull));
      // The slow evaluation is judging once the stalling file has been read.
      await waitFor(() => readFiles(slow.repo), "the slow evaluation to read its files");

      const answered = await deliver(h.app, "pull_request", asOther("opened"));
      const done = other.repo.checkRuns.map((r) => [r.status, r.conclusion]);
      const ignored = await deliver(h.app, "pull_request", asOther("closed"));
      const during = slow.repo.checkRuns.map((r) => r.status);
      const slowStatus = (await slowAnswer).status;
      if (during[0] !== "in_progress" && window < WINDOWS) continue;

      const why = `in ${WINDOWS} stalls, the other installation was answered only after the stall`;
      expect(during, why).toEqual(["in_progress"]);
      expect(answered.status).toBe(200);
      expect(done).toEqual(Array(window).fill(["completed", "success"]));
      expect(ignored.status).toBe(200);
      expect(other.repo.checkRuns).toHaveLength(window);

      expect(slowStatus).toBe(200);
      const bytes = Buffer.byteLength(itemYaml({ id: "FEAT-9" })).toLocaleString("en-US");
      const message = `Judging this file (${bytes} bytes) took longer than the ${BUDGET_MS / 1000} s a file may take, so it was stopped and no other file was judged`;
      const [run] = slow.repo.checkRuns;
      expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
      expect(run!.output.title).toBe(`roadmap-gate stopped judging ${STALL}`);
      expect(run!.output.summary).toContain(`The gate fails closed: \`${STALL}\`: ${message}`);
      expect(run!.output.annotations).toEqual([
        expect.objectContaining({
          path: STALL,
          start_line: 1,
          end_line: 1,
          annotation_level: "failure",
          title: "too-complex",
          message: expect.stringContaining(message),
        }),
      ]);
      return;
    }
  });

  it("stops an issue's checklist at that file instead of stalling, and writes no comment", async () => {
    const repo = freshRepo(h.gh, "stalled-checklist");
    repo.commit({ [STALL]: itemYaml({ id: "FEAT-8", issue: 5 }) });
    const issue = repo.addIssue({ number: 5, title: "Slow" });

    const answer = await deliver(h.app, "issues", issuesEvent(repo, issue, "opened"));

    // Probot answers 500, with the reason, for a handler that threw.
    const bytes = Buffer.byteLength(itemYaml({ id: "FEAT-8", issue: 5 })).toLocaleString("en-US");
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({
      error: `Error: roadmap-gate stopped judging ${STALL}: Judging this file (${bytes} bytes) took longer than the ${BUDGET_MS / 1000} s a file may take, so it was stopped and no other file was judged`,
    });
    expect(repo.comments(5)).toEqual([]);
  });
});

/** 1 MiB of unknown keys: about 100,000 findings, several times the thread's memory. */
function heavyItem(id: string): string {
  let text = `apiVersion: roadmap-gate/v1\nid: ${id}\ntitle: t\nowner: "@lee"\nstatus: proposed\n`;
  for (let i = 0; text.length < 1_000_000; i++) text += `k${i.toString(36)}: 1\n`;
  return text;
}

const HEAVY = "roadmap/heavy.yaml";

describe("an evaluation that outgrows its thread's memory", () => {
  it("is stopped at the file it was judging and fails its check, while a small one passes under the same limit", async () => {
    const text = heavyItem("FEAT-9");
    const heavy = pullRequestScenario(h.gh, "heavy", { head: { [HEAVY]: text } });
    const light = approvedItemPullRequest(h.gh, "light");

    expect(
      (await deliver(h.app, "pull_request", pullRequestEvent(heavy.repo, heavy.pull))).status,
    ).toBe(200);
    expect(
      (await deliver(h.app, "pull_request", pullRequestEvent(light.repo, light.pull))).status,
    ).toBe(200);

    const bytes = Buffer.byteLength(text).toLocaleString("en-US");
    const message = `Judging this file (${bytes} bytes) needed more than the ${LIMIT_MB} MiB of memory an evaluation may use, so it was stopped and no other file was judged`;
    const [run] = heavy.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.title).toBe(`roadmap-gate stopped judging ${HEAVY}`);
    expect(run!.output.summary).toContain(`The gate fails closed: \`${HEAVY}\`: ${message}`);
    expect(run!.output.annotations).toEqual([
      expect.objectContaining({
        path: HEAVY,
        start_line: 1,
        title: "too-complex",
        annotation_level: "failure",
      }),
    ]);
    expect(light.repo.checkRuns).toMatchObject([{ status: "completed", conclusion: "success" }]);
  });

  it("stops an issue's checklist the same way, and writes no comment", async () => {
    const repo = freshRepo(h.gh, "heavy-checklist");
    const text = heavyItem("FEAT-8").replace("status: proposed\n", "status: proposed\nissue: 5\n");
    repo.commit({ [HEAVY]: text });
    const issue = repo.addIssue({ number: 5, title: "Heavy" });

    const answer = await deliver(h.app, "issues", issuesEvent(repo, issue, "opened"));

    const bytes = Buffer.byteLength(text).toLocaleString("en-US");
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({
      error: `Error: roadmap-gate stopped judging ${HEAVY}: Judging this file (${bytes} bytes) needed more than the ${LIMIT_MB} MiB of memory an evaluation may use, so it was stopped and no other file was judged`,
    });
    expect(repo.comments(5)).toEqual([]);
  });
});
