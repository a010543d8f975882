import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import type { FakeCheckRun } from "../support/fake-github/records.js";
import type { FakeRepo } from "../support/fake-github/repo.js";
import { deliverAndSettle, type Harness } from "./support/harness.js";
import { freshRepo } from "./support/scenario.js";

/**
 * deliverAndSettle must not return before the app acted: a stand-in app answers the webhook at
 * once and writes its check run only afterwards, as a handler that goes on after the answer would.
 */
let gh: FakeGitHub;
let server: Server;
let h: Harness;
/** What the stand-in app does before and after it answers. */
let beforeAnswer: () => void = () => {};
let afterAnswer: () => void = () => {};

beforeAll(async () => {
  gh = await startFakeGitHub();
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      // Like Probot: an unsigned webhook is refused.
      if (!req.headers["x-hub-signature-256"]) return void res.writeHead(400).end("unsigned");
      beforeAnswer();
      res.writeHead(200).end("ok", () => afterAnswer());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  h = {
    gh,
    app: { url: `http://127.0.0.1:${port}`, output: () => "", stop: async () => {} },
  };
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await gh.close();
});

function completedRun(repo: FakeRepo): FakeCheckRun {
  return {
    id: 880_000 + repo.checkRuns.length,
    name: "roadmap-gate",
    head_sha: "0".repeat(40),
    status: "completed",
    conclusion: "success",
    external_id: null,
    details_url: null,
    started_at: null,
    completed_at: null,
    output: { title: null, summary: null, text: null, annotations: [] },
    actions: [],
    createdBy: { login: "roadmap-gate[bot]", type: "Bot" },
    writes: [{ status: "completed" }],
  };
}

describe("deliverAndSettle", () => {
  it("waits for the check run an app writes after answering", async () => {
    const repo = freshRepo(gh, "late-run");
    beforeAnswer = () => {};
    // Well after the answer: "every run completed" alone would hold at once, with no run yet.
    afterAnswer = () => setTimeout(() => repo.checkRuns.push(completedRun(repo)), 300);
    await deliverAndSettle(h, repo, "pull_request", {});
    expect(repo.checkRuns).toHaveLength(1);
  });

  it("checks that an event said to write no run wrote none", async () => {
    const repo = freshRepo(gh, "no-run");
    afterAnswer = () => {};
    beforeAnswer = () => {};
    await expect(
      deliverAndSettle(h, repo, "issues", {}, { writes: "no check run" }),
    ).resolves.toMatchObject({ status: 200 });

    beforeAnswer = () => repo.checkRuns.push(completedRun(repo));
    await expect(
      deliverAndSettle(h, repo, "issues", {}, { writes: "no check run" }),
    ).rejects.toThrow(/wrote a check run; the caller expected none/);
  });

  it("fails at once when the app refuses the delivery", async () => {
    const repo = freshRepo(gh, "refused");
    beforeAnswer = afterAnswer = () => {};
    await expect(
      deliverAndSettle(h, repo, "pull_request", {}, { signature: null }),
    ).rejects.toThrow(/did not take the pull_request delivery: 400 unsigned/);
  });
});
