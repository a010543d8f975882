// Writes realistic roadmap items for benchmarks and tests, deterministic by seed.
//   npx tsx scripts/generate-items.ts --count 1000 --out /tmp/items [--seed 1] [--today 2026-11-25]
//                                     [--parseable]  (no breakage that leaves invalid YAML)
// writes DIR/roadmap/*.yaml (~90% valid, ~10% broken in varied ways), DIR/.github/roadmap-gate.yml
// and DIR/manifest.json (which files are broken, and the rule each should trip).
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Document, isCollection } from "yaml";

export const SCHEMA_LINE =
  "# yaml-language-server: $schema=https://raw.githubusercontent.com/roadmap-gate/roadmap-gate/v1/schemas/roadmap-item.schema.json";

export const REVIEWERS = ["@sam", "@kim", "@priya", "@jonas", "@mei"];

export const POLICY = `# yaml-language-server: $schema=https://raw.githubusercontent.com/roadmap-gate/roadmap-gate/v1/schemas/config.schema.json
paths: ["roadmap/**/*.yaml"]
sign_off:
  reviewers: [${REVIEWERS.map((r) => `"${r}"`).join(", ")}]
  min_approvals: 1
  max_age_days: 180
waivers:
  max_days: 90
`;

/** The ways a generated item is broken, and the rule each must trip. */
export const BREAKAGES = {
  "typo-key": "unknown-key",
  "bad-objective": "objective-format",
  "percent-range": "objective-percent-range",
  "percentile-unit": "objective-percentile-unit",
  "bad-window": "window-format",
  cycle: "slice-dependency-cycle",
  "unknown-dependency": "slice-dependency-unknown",
  "missing-metric": "metric-missing",
  "missing-instrumentation": "instrumentation-missing",
  "logging-late": "instrumentation-not-day-one",
  "unknown-slice": "instrumentation-slice-unknown",
  "stale-sign-off": "signoff-stale",
  "future-sign-off": "signoff-future-date",
  rejected: "signoff-rejected",
  "no-sign-off": "signoff-approvals",
  "unlisted-reviewer": "signoff-unauthorised",
  "bad-handle": "handle-format",
  "bad-status": "invalid-value",
  "missing-team": "team-missing",
  "expired-waiver": "waiver-expired",
  "duplicate-id": "id-duplicate",
  "bad-yaml": "yaml-syntax",
  "duplicate-key": "duplicate-key",
} as const;
export type Breakage = keyof typeof BREAKAGES;

export interface GeneratedItem {
  /** Relative to the output directory, e.g. roadmap/feat-00001.yaml. */
  path: string;
  content: string;
  id: string;
  status: string;
  ai: boolean;
  broken?: Breakage;
  /** The rule a broken item must trip. */
  expect?: string;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** The date the items are judged on; sign-off and waiver dates are set around it. */
  today?: string;
  /** Share of broken items, 0..1. */
  brokenShare?: number;
  /**
   * Break items only in ways that keep them valid YAML: ajv-cli exits on the first file it cannot
   * parse, so a benchmark against it needs files it can read to the end.
   */
  parseable?: boolean;
}

/** Breakages in the text itself, which leave a file that no YAML parser reads. */
const UNPARSEABLE: readonly Breakage[] = ["bad-yaml", "duplicate-key"];

/** mulberry32: small, fast and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = ["checkout", "search", "billing", "onboarding", "exports", "notifications", "admin"];
const NOUNS = ["orders", "invoices", "accounts", "reports", "recommendations", "alerts", "carts"];
const VERBS = ["export", "preview", "schedule", "share", "archive", "reorder", "forecast"];
const PEOPLE = ["@ana", "@lee", "@maria", "@devon", "@ravi", "@olga", "@tom", "@yuki"];
/** Two different people (pairing-invalid otherwise), without drawing again: the stream stays. */
function pairing(senior: string, junior: string, area: string): Record<string, string> {
  const other = junior === senior ? PEOPLE[(PEOPLE.indexOf(junior) + 1) % PEOPLE.length]! : junior;
  return { senior, junior: other, area };
}
const TEAMS = ["@acme/web", "@acme/growth", "@acme/platform", "@acme/data", "@acme/mobile"];
const SOURCES = ["datadog", "grafana", "honeycomb", "prometheus", "sentry"];
const SLICE_STEPS = ["skeleton", "read-only", "internal-beta", "customer-pilot", "general-release"];

/** Every item of one run: a pure function of the options. */
export function generateItems(options: GenerateOptions): GeneratedItem[] {
  const rnd = seededRandom(options.seed ?? 1);
  // Writing style has a stream of its own, so the items' data stays what it was before styles.
  const styleRnd = seededRandom(((options.seed ?? 1) ^ 0x5bd1e995) >>> 0);
  const today = options.today ?? "2026-11-25";
  const brokenShare = options.brokenShare ?? 0.1;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number) => rnd() < p;
  const daysAgo = (days: number) => shiftDate(today, -days);
  const kinds = (Object.keys(BREAKAGES) as Breakage[]).filter(
    (kind) => !options.parseable || !UNPARSEABLE.includes(kind),
  );
  const items: GeneratedItem[] = [];

  for (let n = 1; n <= options.count; n++) {
    let broken: Breakage | undefined = chance(brokenShare) ? pick(kinds) : undefined;
    if (broken === "duplicate-id" && items.length === 0) broken = "bad-handle";
    const ai = chance(0.3);
    const prefix = ai ? "AI" : pick(["FEAT", "FEAT", "PLAT", "OPS"]);
    const id = `${prefix}-${n}`;
    const gated = broken !== undefined || chance(0.75);
    const status = gated
      ? pick(["planned", "planned", "in_progress", "launched"])
      : pick(["proposed", "proposed", "proposed", "retired"]);
    const area = pick(AREAS);
    const verb = pick(VERBS);
    const noun = pick(NOUNS);
    const owner = chance(0.5) ? pick(TEAMS) : pick(PEOPLE);
    const item: Record<string, unknown> = {
      apiVersion: "roadmap-gate/v1",
      id,
      title: `${capital(verb)} ${noun} in ${area}`,
      owner,
      status,
    };
    if (ai) item.ai = true;
    if (chance(0.6)) item.issue = 1 + Math.floor(rnd() * 5000);

    if (gated || chance(0.3)) {
      const sliceCount = 1 + Math.floor(rnd() * 4) + (broken === "cycle" ? 1 : 0);
      const slices = SLICE_STEPS.slice(0, Math.max(sliceCount, 1)).map((step, i) => ({
        id: `${step}`,
        value: `${capital(step.replace(/-/g, " "))}: users can ${verb} ${noun} ${i === 0 ? "behind a flag" : "for more accounts"}`,
        acceptance: `${pick(["E2E", "Contract", "Load", "Unit"])} test covers ${verb} of ${1 + Math.floor(rnd() * 10_000)} ${noun}`,
        ...(i > 0 ? { depends_on: [SLICE_STEPS[i - 1]!] } : {}),
      }));
      const tool = pick(SOURCES);
      const source = (signal: string) => `${tool}: ${area}.${noun}.${signal}`;
      const metrics: Record<string, unknown> = {
        pipeline_reliability: metric(
          `>= ${pick(["99", "99.5", "99.9"])}%`,
          "28d",
          source("success_rate"),
        ),
        error_budget: metric(`<= ${pick(["0.1", "0.5", "1"])}%`, "28d", source("error_ratio")),
        latency: metric(
          `p${pick(["95", "99"])} <= ${pick(["200ms", "300ms", "1s", "2s"])}`,
          pick(["7d", "1w", "24h"]),
          source("duration"),
        ),
      };
      if (ai)
        metrics.drift_alerts = metric(
          `<= ${1 + Math.floor(rnd() * 4)}/week`,
          "4w",
          `evidently: ${area} feature distribution report`,
        );
      const first = slices[0]!.id;
      const later = slices[slices.length - 1]!.id;
      const instrumentation: Record<string, unknown> = {
        logging: { how: `Structured JSON logs with ${noun.slice(0, -1)} id`, from_slice: first },
        failures: {
          how: `${pick(["Sentry", "Rollbar", "Bugsnag"])} with release tag`,
          from_slice: first,
        },
        performance: { how: "OpenTelemetry spans around each request", from_slice: first },
        user_feedback: { how: `Feedback widget on the ${noun} page`, from_slice: later },
      };
      if (ai)
        instrumentation.drift = { how: "Daily feature distribution comparison", from_slice: first };
      const risks = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, i) => ({
        id: `R${i + 1}`,
        description: pick([
          `Large accounts time out when they ${verb} ${noun}`,
          `A bad rollout breaks ${area} for everyone`,
          `Data in ${noun} leaks across accounts`,
          `Costs grow faster than usage`,
        ]),
        likelihood: pick(["low", "medium", "high"]),
        impact: pick(["low", "medium", "high"]),
        mitigation: pick([
          "Feature flag with a kill switch",
          "Rate limits per account",
          "Staged rollout with alerts",
        ]),
        ...(chance(0.4) ? { owner: pick(PEOPLE) } : {}),
      }));
      const signOffs = [
        signOff(pick(REVIEWERS), daysAgo(1 + Math.floor(rnd() * 150)), chance(0.2)),
      ];
      if (chance(0.3))
        signOffs.push(signOff(pick(REVIEWERS), daysAgo(1 + Math.floor(rnd() * 60)), false));
      Object.assign(item, {
        team: {
          domain_experts: [pick(PEOPLE), ...(chance(0.4) ? [pick(TEAMS)] : [])],
          ...(chance(0.4)
            ? {
                pairings: [pairing(pick(PEOPLE), pick(PEOPLE), `${area} pipeline`)],
              }
            : {}),
          ...(chance(0.15)
            ? {
                external: [
                  {
                    who: "Vendor consultancy",
                    knowledge_transfer: "Runbook and weekly pairing before the second slice",
                  },
                ],
              }
            : {}),
        },
        slices,
        metrics,
        instrumentation,
        risk_review: { risks, sign_off: signOffs },
      });
      if (!broken && gated && chance(0.03)) {
        delete metrics.error_budget;
        item.waivers = [
          {
            rule: "metric-missing",
            reason: "Error budget dashboard ships next sprint",
            approved_by: pick(REVIEWERS),
            expires: shiftDate(today, 30),
          },
        ];
      }
      if (chance(0.2)) item["x-jira"] = `${area.toUpperCase()}-${n}`;
    }

    if (broken) breakItem(item, broken, { today, previousId: items[items.length - 1]?.id });
    // Every file that shares an id trips id-duplicate, the earlier one too.
    const previous = items[items.length - 1];
    if (broken === "duplicate-id" && previous && !previous.broken) {
      previous.broken = broken;
      previous.expect = BREAKAGES[broken];
    }
    let content = `${SCHEMA_LINE}\n${quoteDates(write(item, styleRnd))}`;
    if (broken === "bad-yaml") content = content.replace(/\ntitle: (.*)\n/, '\ntitle: "$1\n');
    if (broken === "duplicate-key") content += `owner: "${pick(PEOPLE)}"\n`;
    items.push({
      path: `roadmap/${id.toLowerCase().replace(/-(\d+)$/, (_, d: string) => `-${d.padStart(5, "0")}`)}.yaml`,
      content,
      id: String(item.id),
      status,
      ai,
      ...(broken ? { broken, expect: BREAKAGES[broken] } : {}),
    });
  }
  return items;
}

/**
 * The item as YAML, in the style of one of many teams: about half write block style only; the
 * others write short mappings on one line (`logging: { how: ..., from_slice: ... }`), as the README
 * does, and often short lists too (`domain_experts: ["@ana", "@acme/web"]`).
 */
function write(item: Record<string, unknown>, rnd: () => number): string {
  const doc = new Document(item);
  if (rnd() < 0.5) {
    const flow = (path: readonly string[], share: number) => {
      const node = doc.getIn(path, true);
      if (isCollection(node) && rnd() < share) node.flow = true;
    };
    const maps = rnd() < 0.6;
    for (const key of Object.keys((item.instrumentation as object | undefined) ?? {}))
      flow(["instrumentation", key], 1);
    for (const key of Object.keys((item.metrics as object | undefined) ?? {}))
      flow(["metrics", key], maps ? 1 : 0);
    flow(["team", "domain_experts"], 0.7);
    const slices = (item.slices as unknown[] | undefined) ?? [];
    const lists = rnd() < 0.7;
    slices.forEach((_, i) => flow(["slices", String(i), "depends_on"], lists ? 1 : 0));
  }
  return doc.toString({ lineWidth: 0 });
}

function breakItem(
  item: Record<string, unknown>,
  how: Breakage,
  context: { today: string; previousId?: string },
): void {
  const metrics = item.metrics as Record<string, Record<string, unknown>>;
  const instrumentation = item.instrumentation as Record<string, Record<string, unknown>>;
  const slices = item.slices as Record<string, unknown>[];
  const review = item.risk_review as { sign_off: Record<string, unknown>[] };
  switch (how) {
    case "typo-key":
      item.metircs = item.metrics;
      delete item.metrics;
      return;
    case "bad-objective":
      metrics.latency!.objective = "fast enough";
      return;
    case "percent-range":
      metrics.pipeline_reliability!.objective = ">= 100.5%";
      return;
    case "percentile-unit":
      metrics.latency!.objective = "p95 <= 3/day";
      return;
    case "bad-window":
      metrics.error_budget!.window = "30 days";
      return;
    case "cycle":
      slices[0]!.depends_on = [slices[slices.length - 1]!.id];
      return;
    case "unknown-dependency":
      slices[slices.length - 1]!.depends_on = ["launch-prep"];
      return;
    case "missing-metric":
      delete metrics.latency;
      return;
    case "missing-instrumentation":
      delete instrumentation.performance;
      return;
    case "logging-late":
      slices.push({ id: "hardening", value: "Retries and backoff", acceptance: "Chaos test" });
      instrumentation.logging!.from_slice = "hardening";
      return;
    case "unknown-slice":
      instrumentation.user_feedback!.from_slice = "beta";
      return;
    case "stale-sign-off":
      review.sign_off = [{ ...review.sign_off[0], date: shiftDate(context.today, -400) }];
      return;
    case "future-sign-off":
      review.sign_off[0]!.date = shiftDate(context.today, 3);
      return;
    case "rejected":
      review.sign_off.push({
        reviewer: "@kim",
        date: shiftDate(context.today, -2),
        decision: "rejected",
      });
      return;
    case "no-sign-off":
      review.sign_off = [];
      return;
    case "unlisted-reviewer":
      review.sign_off = [{ ...review.sign_off[0], reviewer: "@mallory" }];
      return;
    case "bad-handle":
      item.owner = "lee";
      return;
    case "bad-status":
      item.status = "plannned";
      return;
    case "missing-team":
      delete item.team;
      return;
    case "expired-waiver":
      item.waivers = [
        {
          rule: "metric-missing",
          reason: "Dashboard pending",
          approved_by: "@sam",
          expires: shiftDate(context.today, -5),
        },
      ];
      return;
    case "duplicate-id":
      item.id = context.previousId;
      return;
    case "bad-yaml":
    case "duplicate-key":
      return; // broken in the text, after writing
  }
}

function metric(objective: string, window: string, source: string) {
  return { objective, window, source };
}

function signOff(reviewer: string, date: string, conditional: boolean) {
  return conditional
    ? {
        reviewer,
        role: "SRE",
        date,
        decision: "approved_with_conditions",
        conditions: "Kill switch tested in staging first",
      }
    : { reviewer, date, decision: "approved" };
}

/** Dates written quoted, as the format asks, so YAML 1.1 tools read them as text. */
function quoteDates(text: string): string {
  return text.replace(/^(\s*(?:- )?(?:date|expires): )(\d{4}-\d{2}-\d{2})$/gm, '$1"$2"');
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MARKER = ".generated-items";

/** Writes the items, the policy and a manifest under `out`; replaces only an earlier run's output. */
export async function writeItems(out: string, items: readonly GeneratedItem[]): Promise<void> {
  const roadmap = join(out, "roadmap");
  if (existsSync(roadmap)) {
    const ours = existsSync(join(out, MARKER));
    if (!ours && (await readdir(roadmap)).length > 0)
      throw new Error(`${roadmap} exists and was not written by this script; choose another --out`);
    await rm(roadmap, { recursive: true, force: true });
  }
  await mkdir(roadmap, { recursive: true });
  await mkdir(join(out, ".github"), { recursive: true });
  await writeFile(
    join(out, MARKER),
    "Written by scripts/generate-items.ts; rerunning replaces roadmap/.\n",
  );
  await writeFile(join(out, ".github", "roadmap-gate.yml"), POLICY);
  for (let i = 0; i < items.length; i += 200)
    await Promise.all(
      items.slice(i, i + 200).map((item) => writeFile(join(out, item.path), item.content)),
    );
  const manifest = items.map(({ content: _content, ...rest }) => rest);
  await writeFile(join(out, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
}

function parseArgs(argv: string[]): GenerateOptions & { out: string } {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(value("count"));
  const out = value("out");
  if (!Number.isInteger(count) || count < 1 || !out)
    throw new Error(
      "usage: tsx scripts/generate-items.ts --count N --out DIR [--seed S] [--today YYYY-MM-DD] [--parseable]",
    );
  return {
    count,
    out,
    seed: Number(value("seed") ?? 1),
    today: value("today"),
    parseable: argv.includes("--parseable"),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const options = parseArgs(process.argv.slice(2));
  const items = generateItems(options);
  await writeItems(options.out, items);
  const broken = items.filter((i) => i.broken).length;
  console.log(`Wrote ${items.length} items (${broken} broken) to ${join(options.out, "roadmap")}`);
}
