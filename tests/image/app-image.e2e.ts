import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { deliverAndSettle, waitFor } from "../app/support/harness.js";
import { itemYaml } from "../app/support/items.js";
import { pullRequestEvent } from "../app/support/payloads.js";
import { startApp, type RunningApp } from "../app/support/probot-app.js";
import { pullRequestScenario } from "../app/support/scenario.js";
import { deliver } from "../app/support/webhooks.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { redisInstalled, startRedis } from "../support/redis.js";

// The App image, built from the Dockerfile with podman and run from its own filesystem: this
// machine class has no container runtime that can start it (no cgroups), so the exported
// filesystem runs under chroot as the image's user, with the image's environment and command.
// Run by .ci/run (`npx vitest run --config tests/packaging.vitest.config.ts`), not by `npm test`:
// the build takes minutes.

const ROOT = resolve(import.meta.dirname, "../..");
const IMAGE = "localhost/roadmap-gate-app:ci";
const BASE = "node:24-slim";
/** Makes a local node:<major>-slim where no registry is reachable (see .ci/run). */
const BASE_TOOL =
  process.env.NODE_BASE_IMAGE_TOOL ?? resolve(ROOT, "../shared/tools/node-base-image");

function podman(args: string[], timeoutMs = 60_000) {
  const r = spawnSync("podman", args, { encoding: "utf8", timeout: timeoutMs, maxBuffer: 1 << 26 });
  return {
    ok: r.status === 0,
    out: r.stdout ?? "",
    err: `${r.stderr ?? ""}${r.error?.message ?? ""}`,
  };
}

/** Why the image cannot be built and run here, or undefined when it can. */
function cannotRun(): string | undefined {
  if (process.platform !== "linux") return "the image test needs Linux";
  if (spawnSync("podman", ["--version"]).status !== 0)
    return "podman is not installed (apt-get install podman; .ci/run installs it)";
  if (process.getuid?.() !== 0) return "running the image's filesystem under chroot needs root";
  const info = podman(["info"]);
  if (!info.ok) return `podman cannot run here: ${info.err.trim().split("\n")[0]}`;
  if (podman(["image", "exists", BASE]).ok) return undefined;
  if (podman(["pull", `docker.io/library/${BASE}`], 300_000).ok) return undefined;
  if (existsSync(BASE_TOOL)) {
    const made = spawnSync(BASE_TOOL, [BASE.split(":")[1]!], {
      encoding: "utf8",
      timeout: 900_000,
    });
    if (made.status === 0) return undefined;
    return `${BASE_TOOL} could not make ${BASE}: ${made.stderr.trim().split("\n").at(-1)}`;
  }
  return `no ${BASE} image: no registry answered and ${BASE_TOOL} (NODE_BASE_IMAGE_TOOL) is absent`;
}

interface ImageConfig {
  Env?: string[];
  WorkingDir?: string;
  User?: string;
  Cmd?: string[];
}

const reason = cannotRun();
if (reason) console.log(`skipped the App image test: ${reason}`);

const h = {} as {
  gh: FakeGitHub;
  app: RunningApp;
  rootfs: string;
  config: ImageConfig;
  healthcheck: string[];
};

describe.skipIf(reason !== undefined)("the App image (Dockerfile)", () => {
  beforeAll(async () => {
    const build = spawnSync(
      "podman",
      // Docker's format keeps HEALTHCHECK, which OCI's has no field for.
      ["build", "--pull=never", "--isolation=chroot", "--format=docker", "-t", IMAGE, ROOT],
      { encoding: "utf8", timeout: 1_500_000, maxBuffer: 1 << 26 },
    );
    expect(build.status, `podman build failed:\n${build.stdout}\n${build.stderr}`).toBe(0);
    const [inspected] = JSON.parse(podman(["image", "inspect", IMAGE]).out) as {
      Config: ImageConfig;
      Healthcheck?: { Test?: string[] };
    }[];
    h.config = inspected!.Config;
    h.healthcheck = inspected!.Healthcheck?.Test ?? [];

    h.rootfs = mkdtempSync(join(tmpdir(), "roadmap-gate-image-"));
    // mkdtemp makes it 0700: the image's root must be traversable by its user, as `/` is.
    chmodSync(h.rootfs, 0o755);
    const container = podman(["create", IMAGE]).out.trim();
    const tar = join(h.rootfs, "..", `${container}.tar`);
    try {
      expect(podman(["export", "-o", tar, container], 300_000).ok).toBe(true);
    } finally {
      podman(["rm", container]);
    }
    expect(spawnSync("tar", ["-C", h.rootfs, "-xf", tar]).status).toBe(0);
    rmSync(tar);

    h.gh = await startFakeGitHub();
    h.app = await startApp(h.gh, { launch: (env) => runImage(h.rootfs, h.config, env) });
  }, 1_800_000);

  afterAll(async () => {
    await h.app?.stop();
    await h.gh?.close();
    // The unpacked image is hundreds of MB: removing it takes a while on a busy machine.
    if (h.rootfs) rmSync(h.rootfs, { recursive: true, force: true });
  }, 300_000);

  it("runs as the unprivileged node user, on Node 24", () => {
    expect(h.config.User).toBe("node");
    const node = spawnSync("chroot", [h.rootfs, "/usr/local/bin/node", "--version"], {
      encoding: "utf8",
    });
    expect(node.stdout).toMatch(/^v24\./);
  });

  it("answers its health check", async () => {
    const health = await fetch(`${h.app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
  });

  it("passes its own HEALTHCHECK, run in the image as the container runtime would", () => {
    const [kind, ...test] = h.healthcheck;
    expect(kind).toBe("CMD-SHELL");
    const port = new URL(h.app.url).port;
    const probe = runInImage(h.rootfs, h.config, { PORT: port }, test.join(" "));
    expect(spawnSync(probe.file, probe.args, { encoding: "utf8" }).status).toBe(0);
  });

  it("completes a check run for a signed pull_request webhook", async () => {
    const s = pullRequestScenario(h.gh, "image", {
      head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
    });
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    expect(s.repo.checkRuns).toHaveLength(1);
    expect(s.repo.checkRuns[0]).toMatchObject({
      name: "roadmap-gate",
      head_sha: s.headSha,
      status: "completed",
      conclusion: "success",
    });
  });

  // The replica deployment: Probot loads ioredis only when REDIS_URL is set, and the image once
  // had none. Two replicas of the image share Debian's redis-server (chroot shares the host's
  // network, as `podman run --network=host` would).
  it.skipIf(!redisInstalled)(
    "runs as two replicas sharing Redis (REDIS_URL): throttling in Redis, the lease store open, every check completed",
    async () => {
      const redis = await startRedis();
      const launch = (env: Record<string, string>) =>
        runImage(h.rootfs, h.config, { ...env, REDIS_URL: redis.url });
      const replicas = await Promise.all([startApp(h.gh, { launch }), startApp(h.gh, { launch })]);
      const client = new Redis(redis.url);
      try {
        const pulls = [0, 1].map((i) => {
          const s = pullRequestScenario(h.gh, `image-redis-${i}`, {
            head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
          });
          s.repo.setPermission("sam", "write");
          s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
          return s;
        });
        const answers = await Promise.all(
          pulls.map((s, i) =>
            deliver(replicas[i]!, "pull_request", pullRequestEvent(s.repo, s.pull)),
          ),
        );
        expect(answers.map((a) => a.status)).toEqual([200, 200]);
        await waitFor(
          () => pulls.every((s) => s.repo.checkRuns[0]?.status === "completed"),
          "both check runs to complete",
          60_000,
        );
        for (const s of pulls)
          expect(s.repo.checkRuns).toMatchObject([{ status: "completed", conclusion: "success" }]);
        // The throttling (Bottleneck) kept the installation's write lane in Redis (Probot's
        // `octokit-write-…`, or the App's own `roadmap-gate-write-…` with test timings).
        expect(await client.keys("b_*-write-*_settings")).not.toEqual([]);
        const logs = replicas.map((app) => app.output()).join("\n");
        expect(logs).not.toMatch(/Cannot find package|Could not open the lease store/);
      } finally {
        client.disconnect();
        await Promise.all(replicas.map((app) => app.stop()));
        await redis.stop();
      }
    },
    300_000,
  );

  it("refuses a forged webhook and writes nothing", async () => {
    const s = pullRequestScenario(h.gh, "image-forged", {
      head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
    });
    const before = h.gh.requests.length;
    const forged = await deliver(h.app, "pull_request", pullRequestEvent(s.repo, s.pull), {
      secret: "not-the-secret",
    });
    expect(forged.status).toBe(400);
    expect(h.gh.requests.slice(before)).toEqual([]);
    expect(s.repo.checkRuns).toEqual([]);
  });
});

/**
 * The image's command in its own filesystem: as its user, in its working directory, with its
 * environment (PORT and HOST from the test, so it listens on 127.0.0.1) and the App's settings.
 */
function runImage(rootfs: string, config: ImageConfig, appEnv: Record<string, string>) {
  // The test's NODE_ENV=test would hide what the image sets; PATH is the image's own.
  const { PATH: _path, NODE_ENV: _nodeEnv, ...app } = appEnv;
  const command = `exec ${(config.Cmd ?? []).join(" ")}`;
  const { file, args } = runInImage(rootfs, config, app, command);
  return spawn(file, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
}

/** chroot's arguments for a shell command in the image, as its user, with its environment. */
function runInImage(
  rootfs: string,
  config: ImageConfig,
  extraEnv: Record<string, string>,
  command: string,
): { file: string; args: string[] } {
  const user = config.User ?? "root";
  const passwd = readFileSync(join(rootfs, "etc/passwd"), "utf8");
  const entry = passwd
    .split("\n")
    .find((l) => l.startsWith(`${user}:`))!
    .split(":");
  const imageEnv = Object.fromEntries(
    (config.Env ?? []).map((e) => [e.slice(0, e.indexOf("=")), e.slice(e.indexOf("=") + 1)]),
  );
  const env = { ...imageEnv, HOME: entry[5]!, ...extraEnv };
  return {
    file: "chroot",
    args: [
      `--userspec=${entry[2]}:${entry[3]}`,
      rootfs,
      "/usr/bin/env",
      "-i",
      ...Object.entries(env).map(([k, v]) => `${k}=${v}`),
      "/bin/sh",
      "-c",
      `cd ${config.WorkingDir ?? "/"} && ${command}`,
    ],
  };
}
