// The GitHub App in the loopback harness: the real Probot server (`probot run`, default
// throttling) against the fake GitHub, webhooks signed as GitHub signs them.
// 1. Economy and latency: a pull request that changes 1, 10 or 100 item files gets a
//    `pull_request.synchronize`; API calls per evaluation (the fake's request log), and time from
//    the webhook to the `in_progress` check run and to its completion. One evaluation at a time,
//    each after a quiet second (the throttle spaces one installation's writes ~1 s apart).
// 2. Sustained load: webhooks at increasing rates for a bounded time, spread over many
//    installations (one repository each), so the per-installation spacing is not what is measured.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startApp } from "../../tests/app/support/probot-app.js";
import { median } from "../measure.js";
import type { BenchContext, Section, Table } from "../section.js";
import {
  latency,
  pullRequestRepo,
  Tracker,
  type Delivery,
  type PullRequestRepo,
} from "../support/app-harness.js";
import { startBenchFake } from "../support/fake.js";
import { cell, percentile, range } from "../support/stats.js";

const CONFIG = {
  full: {
    changed: [1, 10, 100],
    total: 100,
    rates: [0.25, 0.5, 1, 2],
    seconds: 10,
    installations: 8,
    drainMs: 90_000,
  },
  smoke: { changed: [1], total: 10, rates: [1], seconds: 2, installations: 2, drainMs: 20_000 },
};
type Config = (typeof CONFIG)["full"];
/** Before each measured evaluation: longer than the throttle's write spacing. */
const QUIET_MS = 1_100;
/** Items in each repository of the load pool; its pull request changes one. */
const LOAD_ITEMS = 5;

interface Economy {
  changed: number;
  installation: number;
  deliveries: Delivery[];
}

interface Load {
  offeredPerSecond: number;
  seconds: number;
  installations: number;
  sent: number;
  sentPerSecond: number;
  completed: number;
  handledPerSecond: number;
  inProgressMs: { p50: number; p95: number; max: number };
  completedMs: { p50: number; p95: number; max: number };
  httpStatuses: Record<string, number>;
  conclusions: Record<string, number>;
  /**
   * Gaps between consecutive writes (check runs, GraphQL) of different installations: ~1,000 ms
   * at the least when the throttle's write spacing is shared by all installations.
   */
  crossInstallationWriteGapMs: { min: number; median: number; pairs: number };
}

const section: Section = {
  name: "app",
  async run(context) {
    const config = context.smoke ? CONFIG.smoke : CONFIG.full;
    const compiled = existsSync(join(context.root, "lib", "app", "index.js"));
    const fake = await startBenchFake();
    const errors: string[] = [];
    const startups: number[] = [];
    /** A fresh server (and an empty throttle queue) for each part; its error log lines kept. */
    const withApp = async <T>(work: (tracker: Tracker) => Promise<T>): Promise<T> => {
      const started = performance.now();
      const app = await startApp(fake.gh, {
        compiled,
        githubTimings: true,
        env: { NODE_ENV: "production" },
      });
      startups.push(performance.now() - started);
      const tracker = new Tracker(fake, app);
      try {
        return await work(tracker);
      } finally {
        tracker.close();
        await app.stop();
        errors.push(
          ...app
            .output()
            .split("\n")
            .filter((l) => /"level":(50|60)/.test(l)),
        );
      }
    };
    try {
      const economy = await withApp((tracker) => measureEconomy(context, fake.gh, tracker, config));
      const load = await measureLoad(fake.gh, withApp, config);
      const startupMs = median(startups);
      return {
        title: `App: API calls and latency per evaluation (median of ${context.reps}), and sustained load over ${config.seconds} s`,
        tables: [economyTable(economy), loadTable(load)],
        notes: notes(context, { economy, load, compiled, startupMs, errors }),
        data: {
          entry: compiled ? "lib/app/index.js (compiled)" : "app/index.ts (tsx)",
          startupMs: startups.map(Math.round),
          economy: economy.map((e) => ({
            changed: e.changed,
            apiCalls: e.deliveries.map((d) => d.requests),
            requestShape: e.deliveries[0]?.requestShape ?? [],
            inProgressMs: e.deliveries.map((d) => round(latency(d, "inProgressAt"))),
            completedMs: e.deliveries.map((d) => round(latency(d, "completedAt"))),
            conclusions: e.deliveries.map((d) => d.conclusion ?? null),
          })),
          load,
          appErrors: errors.slice(0, 20),
        },
      };
    } finally {
      await fake.close();
    }
  },
};

async function measureEconomy(
  context: BenchContext,
  gh: Parameters<typeof pullRequestRepo>[0],
  tracker: Tracker,
  config: Config,
): Promise<Economy[]> {
  const targets = config.changed.map((changed, i) => ({
    changed,
    target: pullRequestRepo(gh, `octo-org/economy-${changed}`, {
      total: Math.max(config.total, changed),
      changed,
      installation: 100 + i,
    }),
  }));
  // Warm-up: the installation's token is fetched once, then cached; the code paths get compiled.
  for (const { target } of targets) await evaluateAlone(tracker, target);
  const measured = new Map<number, Delivery[]>(targets.map((t) => [t.changed, []]));
  for (let rep = 0; rep < context.reps; rep++) {
    const order = targets.map((_, i) => targets[(i + rep) % targets.length]!);
    for (const { changed, target } of order)
      measured.get(changed)!.push(await evaluateAlone(tracker, target));
  }
  return targets.map(({ changed, target }) => ({
    changed,
    installation: target.installation,
    deliveries: measured.get(changed)!,
  }));
}

/** One webhook after a quiet spell; resolves once its check run is completed. */
async function evaluateAlone(tracker: Tracker, target: PullRequestRepo): Promise<Delivery> {
  await sleep(QUIET_MS);
  const delivery = await tracker.send(target, true);
  await until(() => delivery.completedAt !== undefined, 60_000);
  return delivery;
}

async function measureLoad(
  gh: Parameters<typeof pullRequestRepo>[0],
  withApp: <T>(work: (tracker: Tracker) => Promise<T>) => Promise<T>,
  config: Config,
): Promise<Load[]> {
  const pool = Array.from({ length: config.installations }, (_, i) =>
    pullRequestRepo(gh, `octo-org/load-${i + 1}`, {
      total: LOAD_ITEMS,
      changed: 1,
      installation: 1000 + i,
    }),
  );
  const results: Load[] = [];
  // Each rate on a fresh server: a backlog left by the previous rate would be measured again.
  for (const rate of config.rates)
    results.push(
      await withApp(async (tracker) => {
        const count = Math.max(1, Math.round(rate * config.seconds));
        const startedAt = performance.now();
        const sends = await paced(count, rate, (i) => tracker.send(pool[i % pool.length]!));
        const sentSpan = performance.now() - startedAt;
        const deliveries = await Promise.all(sends);
        await until(() => deliveries.every((d) => d.completedAt !== undefined), config.drainMs);
        const writes = tracker.writes.filter((w) => w.at >= startedAt);
        return {
          ...summarise(rate, config.seconds, pool.length, deliveries, startedAt, sentSpan),
          crossInstallationWriteGapMs: gaps(writes),
        };
      }),
    );
  return results;
}

/** Starts `count` calls at `perSecond`, on schedule (not after each other's end). */
async function paced<T>(count: number, perSecond: number, call: (i: number) => Promise<T>) {
  const started = performance.now();
  const calls: Promise<T>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = started + (i * 1000) / perSecond - performance.now();
    if (wait > 0) await sleep(wait);
    calls.push(call(i));
  }
  return calls;
}

/** Gaps between consecutive writes about different repositories (one installation each). */
function gaps(
  writes: readonly { at: number; repo: string }[],
): Load["crossInstallationWriteGapMs"] {
  const sorted = [...writes].sort((a, b) => a.at - b.at);
  const list: number[] = [];
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.repo !== sorted[i - 1]!.repo) list.push(sorted[i]!.at - sorted[i - 1]!.at);
  return list.length
    ? { min: Math.round(Math.min(...list)), median: Math.round(median(list)), pairs: list.length }
    : { min: NaN, median: NaN, pairs: 0 };
}

function summarise(
  rate: number,
  seconds: number,
  installations: number,
  deliveries: readonly Delivery[],
  startedAt: number,
  sentSpanMs: number,
): Omit<Load, "crossInstallationWriteGapMs"> {
  const done = deliveries.filter((d) => d.completedAt !== undefined);
  const lastDone = Math.max(...done.map((d) => d.completedAt!));
  const stats = (of: "inProgressAt" | "completedAt") => {
    const values = deliveries.flatMap((d) => latency(d, of) ?? []);
    return {
      p50: Math.round(percentile(values, 50)),
      p95: Math.round(percentile(values, 95)),
      max: Math.round(Math.max(...values)),
    };
  };
  const tally = (values: (string | number | undefined)[]) => {
    const counts: Record<string, number> = {};
    for (const v of values) counts[String(v ?? "none")] = (counts[String(v ?? "none")] ?? 0) + 1;
    return counts;
  };
  return {
    offeredPerSecond: rate,
    seconds,
    installations,
    sent: deliveries.length,
    // n sends spaced 1/rate apart span (n - 1)/rate seconds.
    sentPerSecond: deliveries.length > 1 ? ((deliveries.length - 1) * 1000) / sentSpanMs : rate,
    completed: done.length,
    handledPerSecond: done.length ? (done.length * 1000) / (lastDone - startedAt) : 0,
    inProgressMs: stats("inProgressAt"),
    completedMs: stats("completedAt"),
    httpStatuses: tally(deliveries.map((d) => d.httpStatus)),
    conclusions: tally(deliveries.map((d) => d.conclusion)),
  };
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

function economyTable(economy: readonly Economy[]): Table {
  return {
    columns: [
      "item files changed",
      "API calls/eval",
      "writes",
      "GraphQL",
      "→ in_progress ms (median)",
      "→ completed ms (median)",
      "→ completed min–max",
      "conclusion",
    ],
    rows: economy.map((e) => {
      const shape = e.deliveries[0]?.requestShape ?? [];
      const completed = e.deliveries.flatMap((d) => latency(d, "completedAt") ?? []);
      return [
        e.changed,
        range(e.deliveries.map((d) => d.requests ?? -1)),
        shape.filter((s) => !s.startsWith("GET ") && !s.includes("graphql")).length,
        shape.filter((s) => s.includes("graphql")).length,
        cell(median(e.deliveries.flatMap((d) => latency(d, "inProgressAt") ?? []))),
        cell(median(completed)),
        `${cell(Math.min(...completed))}–${cell(Math.max(...completed))}`,
        [...new Set(e.deliveries.map((d) => d.conclusion ?? "none"))].join(","),
      ];
    }),
  };
}

function loadTable(load: readonly Load[]): Table {
  return {
    columns: [
      "offered/s",
      "installations",
      "sent",
      "sent/s",
      "completed",
      "handled/s",
      "→ in_progress p50/p95 ms",
      "→ completed p50/p95 ms",
      "→ completed max",
      "write gap min/median ms",
      "HTTP",
    ],
    rows: load.map((l) => [
      l.offeredPerSecond,
      l.installations,
      l.sent,
      cell(l.sentPerSecond, 1),
      l.completed,
      cell(l.handledPerSecond, 2),
      `${l.inProgressMs.p50}/${l.inProgressMs.p95}`,
      `${l.completedMs.p50}/${l.completedMs.p95}`,
      l.completedMs.max,
      `${cell(l.crossInstallationWriteGapMs.min)}/${cell(l.crossInstallationWriteGapMs.median)}`,
      Object.entries(l.httpStatuses)
        .map(([status, n]) => `${status}×${n}`)
        .join(" "),
    ]),
  };
}

function notes(
  context: BenchContext,
  r: {
    economy: readonly Economy[];
    load: readonly Load[];
    compiled: boolean;
    startupMs: number;
    errors: string[];
  },
): string[] {
  const list: string[] = [];
  const counts = r.economy.map((e) => e.deliveries[0]?.requests ?? -1);
  const shapes = r.economy.map((e) => (e.deliveries[0]?.requestShape ?? []).join("\n"));
  list.push(
    new Set(counts).size === 1 && new Set(shapes).size === 1
      ? `API calls per evaluation are the same for ${r.economy.map((e) => e.changed).join(", ")} changed item files: ${counts[0]} (${summariseShape(r.economy[0]?.deliveries[0]?.requestShape ?? [])}).`
      : `API calls per evaluation DIFFER: ${r.economy.map((e) => `${e.changed} files → ${e.deliveries[0]?.requests} (${summariseShape(e.deliveries[0]?.requestShape ?? [])})`).join("; ")}.`,
  );
  const inProgress = r.economy.flatMap((e) =>
    e.deliveries.flatMap((d) => latency(d, "inProgressAt") ?? []),
  );
  list.push(
    `Webhook → in_progress, one evaluation at a time: p95 ${cell(percentile(inProgress, 95))} ms over ${inProgress.length} evaluations (SPEC §6: under 200 ms in the local harness).`,
  );
  for (const l of r.load) {
    if (l.completed < l.sent)
      list.push(
        `At ${l.offeredPerSecond}/s, ${l.sent - l.completed} of ${l.sent} check runs were not completed within the drain time.`,
      );
    const bad = Object.keys(l.conclusions).filter((c) => c !== "success");
    if (bad.length)
      list.push(`At ${l.offeredPerSecond}/s, conclusions: ${JSON.stringify(l.conclusions)}.`);
  }
  const throttled = (r.economy[0]?.deliveries[0]?.requestShape ?? []).filter(
    (x) => !x.startsWith("GET ") && !x.includes("/app/installations/"),
  ).length;
  const gapped = r.load.filter((l) => l.crossInstallationWriteGapMs.pairs > 0);
  const minGap = Math.min(...gapped.map((l) => l.crossInstallationWriteGapMs.min));
  if (gapped.length)
    list.push(
      minGap >= 900
        ? `Writes of DIFFERENT installations were never less than ${minGap} ms apart under load: Probot's 1 s write spacing is shared by every installation of the process, not kept per installation (SPEC §6 expects per installation). With ${throttled} throttled requests per evaluation (check run created and completed, GraphQL queries) the whole server completes at most about one evaluation per ${throttled} s, whatever the number of installations.`
        : `Writes of different installations came as close as ${minGap} ms apart: the throttle's spacing is per installation.`,
    );
  list.push(
    "handled/s: completed check runs ÷ time from the first webhook to the last completion (within the drain time); latencies are to the moment the fake GitHub received the check run's POST (in_progress) and its completing PATCH. Write gap: between consecutive writes (POST/PATCH, GraphQL) about repositories of different installations.",
    `The fake GitHub knows one installation; the bench maps every /app/installations/{id} request onto it (bench/support/fake.ts), so each load repository has its own installation id and token (${r.load[0]?.installations ?? 0} installations, webhooks round-robin). Each load rate runs on a fresh server (a backlog would spill into the next rate), so each installation's first webhook there also fetches its token. The economy runs leave ${QUIET_MS} ms between evaluations so the write spacing of the previous one does not show.`,
    `App: ${r.compiled ? "lib/app/index.js (compiled, what npm start runs; rebuild with npm run build)" : "app/index.ts through tsx (lib/ is not built)"}, Probot default throttling, NODE_ENV=production; healthy ${Math.round(r.startupMs)} ms after spawn (median). The fake GitHub and the webhook sender share the bench process (and the machine's cores) with the server.`,
  );
  if (r.errors.length)
    list.push(`The app logged ${r.errors.length} error line(s); see data.appErrors.`);
  if (context.smoke) list.push("Smoke run: 1 changed file, 1 repetition, 2 s of load.");
  return list;
}

function summariseShape(shape: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of shape) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => (n > 1 ? `${s} ×${n}` : s)).join(", ");
}

function round(n: number | undefined): number | null {
  return n === undefined ? null : Math.round(n);
}

export default section;
