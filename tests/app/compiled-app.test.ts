import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { freshLib } from "../support/fresh-lib.js";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle } from "./support/harness.js";
import { startApp, type RunningApp } from "./support/probot-app.js";
import { pullRequestScenario } from "./support/scenario.js";

const h = {} as { gh: FakeGitHub; app: RunningApp };

// `npm start` runs lib/app/start.js (`probot run` of lib/app/index.js): this is that build (see fresh-lib.ts).
beforeAll(async () => {
  expect(await freshLib({ folders: ["app", "core", "github", "prometheus", "thread"] })).toBe(true);
  h.gh = await startFakeGitHub();
  h.app = await startApp(h.gh, { compiled: true });
}, 120_000);

afterAll(async () => {
  await h.app?.stop();
  await h.gh?.close();
});

describe("the compiled app (what `npm start` runs)", () => {
  it("answers its health check and Probot's ping", async () => {
    const health = await fetch(`${h.app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect((await fetch(`${h.app.url}/ping`)).status).toBe(200);
  });

  it("gates a pull request", async () => {
    const s = pullRequestScenario(h.gh, "compiled", {
      head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
    });
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
  });

  it("answers its health check in Probot's setup mode too (no APP_ID yet)", async () => {
    // Setup mode serves the app-creation pages; NO_SMEE_SETUP keeps it off the network.
    const setup = await startApp(h.gh, { env: { APP_ID: "", NO_SMEE_SETUP: "true" } });
    try {
      const health = await fetch(`${setup.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok" });
      expect((await fetch(`${setup.url}/probot`)).status).toBe(200);
    } finally {
      await setup.stop();
    }
  });
});
