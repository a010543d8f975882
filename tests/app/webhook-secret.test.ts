import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { waitFor } from "./support/harness.js";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { launchApp, stop } from "./support/probot-app.js";
import { pullRequestScenario } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh?.close();
});

/** Polls until `url` answers 200, or gives up when the process has exited. */
async function answers(url: string, exited: () => boolean): Promise<boolean> {
  while (!exited()) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // Not listening (yet).
    }
    await sleep(100);
  }
  return false;
}

describe("the App's webhook secret", () => {
  it("refuses to start without WEBHOOK_SECRET, so a delivery signed with `development` writes no run", async () => {
    const s = pullRequestScenario(gh, "no-secret", {
      head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
    });
    const app = await launchApp(gh, { env: { WEBHOOK_SECRET: "" } });
    let code: number | null | undefined;
    void app.exited.then((c) => (code = c));
    try {
      const listening = await answers(`${app.url}/healthz`, () => code !== undefined);
      // Had it started, this forged delivery would be accepted: Probot's default secret.
      const forged = await deliver(
        { ...app, stop: () => stop(app.child) },
        "pull_request",
        pullRequestEvent(s.repo, s.pull),
        {
          secret: "development",
        },
      ).catch(() => undefined);
      if (forged)
        await waitFor(() => s.repo.checkRuns.length > 0, "a check run", 5_000).catch(() => {});
      expect({ listening, checkRuns: s.repo.checkRuns.length }).toEqual({
        listening: false,
        checkRuns: 0,
      });
      await app.exited;
      expect(code).not.toBe(0);
      expect(app.output()).toContain("WEBHOOK_SECRET is not set");
      expect(app.output()).toContain("Set WEBHOOK_SECRET to the webhook secret");
    } finally {
      await stop(app.child);
    }
  });

  it("still serves setup mode, and its health check, without APP_ID and WEBHOOK_SECRET", async () => {
    const app = await launchApp(gh, {
      env: { APP_ID: "", WEBHOOK_SECRET: "", PRIVATE_KEY: "", NO_SMEE_SETUP: "true" },
    });
    let exited = false;
    void app.exited.then(() => (exited = true));
    try {
      expect(await answers(`${app.url}/probot`, () => exited)).toBe(true);
      const page = await (await fetch(`${app.url}/probot`)).text();
      expect(page).toContain("Register GitHub App");
      const health = await fetch(`${app.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok" });
    } finally {
      await stop(app.child);
    }
  });
});
