import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { freshLib } from "../support/fresh-lib.js";
import { startApp } from "./support/probot-app.js";

let gh: FakeGitHub;

// `npm start` runs lib/app/start.js (`probot run` of lib/app/index.js): this is that build (see
// fresh-lib.ts). Every App test runs it (startApp's default); its health check and a gated pull
// request are tested on pull-request.test.ts's server, so this file starts only the setup mode.
beforeAll(async () => {
  expect(await freshLib({ folders: ["app", "core", "github", "prometheus", "thread"] })).toBe(true);
  gh = await startFakeGitHub();
}, 120_000);

afterAll(async () => {
  await gh?.close();
});

describe("the compiled app (what `npm start` runs)", () => {
  it("answers its health check in Probot's setup mode too (no APP_ID yet)", async () => {
    // Setup mode serves the app-creation pages; NO_SMEE_SETUP keeps it off the network.
    const setup = await startApp(gh, {
      compiled: true,
      env: { APP_ID: "", NO_SMEE_SETUP: "true" },
    });
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
