// The GitHub App as deployed for scale: two real Probot servers (`probot run`, GitHub's timings)
// sharing Debian's redis-server (REDIS_URL), against the bench's fake GitHub. 50 installations
// × 4 pull requests, all 200 webhooks sent within 10 s, each installation's pull requests
// alternating between the replicas. Measured: the webhook's answer (GitHub waits 10 s), the time
// until every check run completed, API calls per evaluation, and the smallest gap between two
// writes of one installation (GitHub asks for at least a second; Probot's throttling and the App's
// send slots, both kept in Redis, space them across both replicas). Run twice: answering once the
// lease is written (the default with Redis) and answering after the evaluation
// (ROADMAP_GATE_ANSWER_AT_ONCE=false).
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startApp } from "../../tests/app/support/probot-app.js";
import { redisInstalled, startRedis } from "../../tests/support/redis.js";
import { median } from "../measure.js";
import type { Section, Table } from "../section.js";
import { pullRequestRepo, Tracker, type Delivery } from "../support/app-harness.js";
import { startBenchFake, type BenchFake } from "../support/fake.js";
import { cell, percentile } from "../support/stats.js";

const CONFIG = {
  full: { installations: 50, pulls: 4, seconds: 10, drainMs: 300_000 },
  smoke: { installations: 2, pulls: 2, seconds: 2, drainMs: 60_000 },
};
type Config = (typeof CONFIG)["full"];
/** Items in each repository; its pull request changes one. */
const ITEMS = 5;

interface Run {
  answer: "at once" | "after the evaluation";
  sent: number;
  sentWithinMs: number;
  completed: number;
  answerMs: { p50: number; p95: number; max: number };
  allCompletedMs: number;
  completedMs: { p50: number; p95: number; max: number };
  apiCallsPerEvaluation: { median: number; max: number; total: number };
  /** The smallest gap between two consecutive writes (POST/PATCH, GraphQL) of one installation. */
  sameInstallationWriteGapMs: {
    min: number;
    p5: number;
    below900: number;
    gaps: number;
    installations: number;
  };
  httpStatuses: Record<string, number>;
  conclusions: Record<string, number>;
  /** CPU seconds both replicas used during the run (user + system), and per evaluation. */
  replicaCpu: { seconds: number; msPerEvaluation: number };
  /** The machine's 1-minute load average as the run started and ended (others share it). */
  load: { before: number; after: number };
}

const section: Section = {
  name: "app-replicas",
  async run(context) {
    const config = context.smoke ? CONFIG.smoke : CONFIG.full;
    const title = `App: two replicas sharing Redis, ${config.installations} installations × ${config.pulls} pull requests within ${config.seconds} s`;
    if (!redisInstalled)
      return {
        title,
        tables: [],
        notes: ["Skipped: redis-server not found (apt-get install redis-server)."],
        data: { skipped: "redis-server not found" },
      };
    const compiled = existsSync(join(context.root, "lib", "app", "index.js"));
    const runs: Run[] = [];
    const errors: string[] = [];
    for (const atOnce of [true, false]) {
      const fake = await startBenchFake();
      try {
        runs.push(await measure(fake, config, compiled, atOnce, errors));
      } finally {
        await fake.close();
      }
    }
    return {
      title,
      tables: [table(runs)],
      notes: notes(runs, config, compiled, errors),
      data: {
        entry: compiled ? "lib/app/index.js" : "app/index.ts (tsx)",
        runs,
        appErrors: errors.slice(0, 20),
      },
    };
  },
};

async function measure(
  fake: BenchFake,
  config: Config,
  compiled: boolean,
  atOnce: boolean,
  errors: string[],
): Promise<Run> {
  const loadBefore = loadavg()[0]!;
  const redis = await startRedis();
  const env = {
    NODE_ENV: "production",
    REDIS_URL: redis.url,
    ROADMAP_GATE_ANSWER_AT_ONCE: String(atOnce),
  };
  const replicas = await Promise.all([
    startApp(fake.gh, { compiled, githubTimings: true, env }),
    startApp(fake.gh, { compiled, githubTimings: true, env }),
  ]);
  const trackers = replicas.map((app) => new Tracker(fake, app));
  try {
    const targets = Array.from({ length: config.installations * config.pulls }, (_, i) => {
      const installation = 3000 + (i % config.installations);
      const pull = Math.floor(i / config.installations);
      return {
        target: pullRequestRepo(fake.gh, `octo-org/replicas-${installation}-${pull}`, {
          total: ITEMS,
          changed: 1,
          installation,
        }),
        // Each installation's pull requests alternate between the two replicas.
        replica: (installation + pull) % 2,
      };
    });
    const seen = fake.gh.requests.length;
    const cpuBefore = replicas.map((app) => cpuSeconds(app.pid));
    const perSecond = targets.length / config.seconds;
    const started = performance.now();
    const sends: Promise<Delivery>[] = [];
    for (const [i, { target, replica }] of targets.entries()) {
      const wait = started + (i * 1000) / perSecond - performance.now();
      if (wait > 0) await sleep(wait);
      sends.push(trackers[replica]!.send(target));
    }
    const sentWithinMs = performance.now() - started;
    const deliveries = await Promise.all(sends);
    const deadline = Date.now() + config.drainMs;
    while (deliveries.some((d) => d.completedAt === undefined) && Date.now() < deadline)
      await sleep(50);
    const requests = fake.gh.requests.slice(seen);
    const load = { before: round1(loadBefore), after: round1(loadavg()[0]!) };
    const cpu = replicas.reduce((sum, app, i) => sum + cpuSeconds(app.pid) - cpuBefore[i]!, 0);
    return summarise(
      atOnce,
      deliveries,
      targets.map((t) => t.target),
      requests,
      trackers[0]!,
      { started, sentWithinMs, load, cpu },
    );
  } finally {
    for (const tracker of trackers) tracker.close();
    await Promise.all(replicas.map((app) => app.stop()));
    for (const app of replicas)
      errors.push(
        ...app
          .output()
          .split("\n")
          .filter((l) => /"level":(50|60)/.test(l)),
      );
    await redis.stop();
  }
}

function summarise(
  atOnce: boolean,
  deliveries: readonly Delivery[],
  targets: readonly { repo: { fullName: string }; installation: number }[],
  requests: readonly { method: string; path: string; body: unknown }[],
  tracker: Tracker,
  t: { started: number; sentWithinMs: number; load: Run["load"]; cpu: number },
): Run {
  const done = deliveries.filter((d) => d.completedAt !== undefined);
  const stats = (values: number[]) => ({
    p50: Math.round(percentile(values, 50)),
    p95: Math.round(percentile(values, 95)),
    max: Math.round(Math.max(...values)),
  });
  const perRepo = targets.map(
    (target) =>
      requests.filter(
        (r) =>
          r.path.startsWith(`/repos/${target.repo.fullName}/`) ||
          JSON.stringify(r.body ?? "").includes(`"name":"${target.repo.fullName.split("/")[1]}"`),
      ).length,
  );
  const installationOf = new Map(targets.map((x) => [x.repo.fullName, x.installation]));
  const byInstallation = new Map<number, number[]>();
  for (const w of tracker.writes) {
    const installation = installationOf.get(w.repo);
    if (installation === undefined) continue;
    byInstallation.set(installation, [...(byInstallation.get(installation) ?? []), w.at]);
  }
  const gaps: number[] = [];
  for (const times of byInstallation.values()) {
    times.sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) gaps.push(times[i]! - times[i - 1]!);
  }
  const tally = (values: (string | number | undefined)[]) => {
    const counts: Record<string, number> = {};
    for (const v of values) counts[String(v ?? "none")] = (counts[String(v ?? "none")] ?? 0) + 1;
    return counts;
  };
  return {
    answer: atOnce ? "at once" : "after the evaluation",
    sent: deliveries.length,
    sentWithinMs: Math.round(t.sentWithinMs),
    completed: done.length,
    answerMs: stats(deliveries.map((d) => (d.answeredAt ?? Infinity) - d.sentAt)),
    allCompletedMs: Math.round(Math.max(...done.map((d) => d.completedAt!)) - t.started),
    completedMs: stats(done.map((d) => d.completedAt! - d.sentAt)),
    apiCallsPerEvaluation: {
      median: median(perRepo),
      max: Math.max(...perRepo),
      total: requests.length,
    },
    sameInstallationWriteGapMs: {
      min: Math.round(Math.min(...gaps)),
      p5: Math.round(percentile(gaps, 5)),
      below900: gaps.filter((gap) => gap < 900).length,
      gaps: gaps.length,
      installations: byInstallation.size,
    },
    httpStatuses: tally(deliveries.map((d) => d.httpStatus)),
    conclusions: tally(deliveries.map((d) => d.conclusion)),
    load: t.load,
    replicaCpu: {
      seconds: round1(t.cpu),
      msPerEvaluation: Math.round((t.cpu * 1000) / deliveries.length),
    },
  };
}

/** A process's CPU time so far (Linux: utime + stime in /proc/PID/stat, in 1/100 s). */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function table(runs: readonly Run[]): Table {
  return {
    columns: [
      "webhooks answered",
      "sent (within ms)",
      "completed",
      "answer p50/p95/max ms",
      "→ completed p50/p95/max ms",
      "all completed ms",
      "API calls/eval (median, max)",
      "one installation's write gaps: min/p5 ms, < 900 ms",
      "HTTP",
      "replicas' CPU s (ms/eval)",
      "load avg (start → end)",
    ],
    rows: runs.map((r) => [
      r.answer,
      `${r.sent} (${r.sentWithinMs})`,
      `${r.completed} (${r.conclusions.success ?? 0} success)`,
      `${r.answerMs.p50}/${r.answerMs.p95}/${r.answerMs.max}`,
      `${r.completedMs.p50}/${r.completedMs.p95}/${r.completedMs.max}`,
      r.allCompletedMs,
      `${cell(r.apiCallsPerEvaluation.median)}, ${r.apiCallsPerEvaluation.max}`,
      `${r.sameInstallationWriteGapMs.min}/${r.sameInstallationWriteGapMs.p5}, ${r.sameInstallationWriteGapMs.below900} of ${r.sameInstallationWriteGapMs.gaps}`,
      Object.entries(r.httpStatuses)
        .map(([status, n]) => `${status}×${n}`)
        .join(" "),
      `${r.replicaCpu.seconds} (${r.replicaCpu.msPerEvaluation})`,
      `${r.load.before} → ${r.load.after}`,
    ]),
  };
}

function notes(
  runs: readonly Run[],
  config: Config,
  compiled: boolean,
  errors: string[],
): string[] {
  const list: string[] = [];
  for (const r of runs) {
    list.push(
      `Answering ${r.answer}: every webhook answered within ${r.answerMs.max} ms (GitHub waits 10,000 ms; Probot answers 202 after 9,000 ms) — ${r.answerMs.max < 10_000 ? "met" : "MISSED"}; ${r.completed} of ${r.sent} checks completed, the last ${r.allCompletedMs} ms after the first webhook; conclusions ${JSON.stringify(r.conclusions)}; one installation's writes, as they reached the fake GitHub, never closer than ${r.sameInstallationWriteGapMs.min} ms across both replicas, ${r.sameInstallationWriteGapMs.below900} of ${r.sameInstallationWriteGapMs.gaps} gaps under 900 ms (${r.sameInstallationWriteGapMs.installations} installations; GitHub asks for at least 1,000; each write holds its installation's send slot in Redis from its request to its answer and 1,000 ms after, app/send-slots.ts).`,
    );
  }
  list.push(
    `Each installation has ${config.pulls} pull requests (one repository each, ${ITEMS} items, one changed); webhook i goes to installation i mod ${config.installations}, and each installation's pull requests alternate between the replicas. API calls per evaluation count the requests about the evaluation's repository (REST by path, GraphQL by its variables); installation tokens and the App's own routes are not in them. Each run has fresh replicas and a fresh Redis. App: ${compiled ? "lib/app/index.js (compiled)" : "app/index.ts (tsx)"}, GitHub's timings (1 s write spacing), NODE_ENV=production; the fake GitHub, the webhook sender, Redis and both replicas share the machine.`,
  );
  if (errors.length)
    list.push(`The replicas logged ${errors.length} error line(s); see data.appErrors.`);
  return list;
}

export default section;
