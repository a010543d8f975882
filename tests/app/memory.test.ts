import { describe, expect, it } from "vitest";
import { issuesEvent, pullRequestEvent } from "./support/payloads.js";
import { useApp } from "./support/harness.js";
import { approvedItemPullRequest, freshRepo, pullRequestScenario } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

const LIMIT_MB = 32;
const h = useApp({ env: { ROADMAP_GATE_THREAD_MEMORY_MB: String(LIMIT_MB) } });

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
