import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { glob } from "tinyglobby";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle } from "./support/harness.js";
import { startApp, type RunningApp } from "./support/probot-app.js";
import { pullRequestScenario } from "./support/scenario.js";

const ROOT = resolve(import.meta.dirname, "../..");
const h = {} as { gh: FakeGitHub; app: RunningApp };

// `npm start` runs `probot run ./lib/app/index.js`: this is that build. It is rebuilt only when
// older than the sources, since other test files read lib/ too (see tests/cli/bin.test.ts).
beforeAll(async () => {
  if (!(await libIsFresh()))
    await promisify(execFile)("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT }).catch(
      () => undefined,
    );
  expect(await libIsFresh()).toBe(true);
  h.gh = await startFakeGitHub();
  h.app = await startApp(h.gh, { compiled: true });
}, 120_000);

afterAll(async () => {
  await h.app?.stop();
  await h.gh?.close();
});

async function libIsFresh(): Promise<boolean> {
  const sources = await glob(["app/**/*.ts", "core/**/*.ts", "github/**/*.ts"], {
    cwd: ROOT,
    ignore: ["**/*.test.ts"],
  });
  for (const source of sources) {
    const built = join(ROOT, "lib", source.replace(/\.ts$/, ".js"));
    if (!existsSync(built)) return false;
    if ((await stat(built)).mtimeMs < (await stat(join(ROOT, source))).mtimeMs) return false;
  }
  return true;
}

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
});
