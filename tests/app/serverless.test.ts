import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle } from "./support/harness.js";
import { TEST_TIMINGS, WEBHOOK_SECRET, type RunningApp } from "./support/probot-app.js";
import { pullRequestScenario } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

const h = {} as { gh: FakeGitHub; app: RunningApp };
let server: Server;

/** The serverless entry, served by a plain Node HTTP server as a function platform would. */
beforeAll(async () => {
  h.gh = await startFakeGitHub();
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  vi.stubEnv("APP_ID", "1");
  vi.stubEnv("PRIVATE_KEY", privateKey);
  vi.stubEnv("WEBHOOK_SECRET", WEBHOOK_SECRET);
  vi.stubEnv("GHE_HOST", h.gh.url.replace(/^http:\/\//, ""));
  vi.stubEnv("GHE_PROTOCOL", "http");
  vi.stubEnv("LOG_LEVEL", "fatal");
  vi.stubEnv("ROADMAP_GATE_STATE_DIR", mkdtempSync(join(tmpdir(), "roadmap-gate-serverless-")));
  // Writes 5 ms apart, as every App test but the one about spacing (load.test.ts): GitHub's
  // second between writes is not what this entry is tested for.
  for (const [name, value] of Object.entries(TEST_TIMINGS)) vi.stubEnv(name, value);
  const { default: handler } = await import("../../app/serverless.js");
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  h.app = { url, output: () => "", stop: async () => undefined };
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((done) => server?.close(done));
  await h.gh?.close();
});

describe("the serverless entry (probot 14's createNodeMiddleware)", () => {
  it("gates a pull request from a signed webhook", async () => {
    const s = pullRequestScenario(h.gh, "serverless", {
      head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
    });
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    const res = await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    expect(res.status).toBe(200);
    expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
  });

  it("refuses a forged webhook, answers its health check and 404 elsewhere", async () => {
    const s = pullRequestScenario(h.gh, "serverless-forged", { head: { "a.txt": "a" } });
    const forged = await deliver(h.app, "pull_request", pullRequestEvent(s.repo, s.pull), {
      secret: "wrong",
    });
    expect(forged.status).toBe(400);
    expect(s.repo.checkRuns).toEqual([]);
    expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${h.app.url}/elsewhere`)).status).toBe(404);
  });

  it("refuses to start without a webhook secret", async () => {
    vi.resetModules();
    vi.stubEnv("WEBHOOK_SECRET", "");
    await expect(import("../../app/serverless.js")).rejects.toThrow(/WEBHOOK_SECRET is not set/);
    vi.stubEnv("WEBHOOK_SECRET", WEBHOOK_SECRET);
  });
});
