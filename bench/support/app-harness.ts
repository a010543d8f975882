// The App's loopback harness for benchmarks: the real Probot server (tests/app/support) against the
// bench's fake GitHub, repositories with a pull request that changes some valid items, and a
// tracker that times each webhook delivery to its `in_progress` check run and to its completion.
import { randomUUID } from "node:crypto";
import type { FakeGitHub, FakeRepo } from "../../tests/support/fake-github/index.js";
import { pullRequestEvent } from "../../tests/app/support/payloads.js";
import { deliver } from "../../tests/app/support/webhooks.js";
import type { RunningApp } from "../../tests/app/support/probot-app.js";
import type { BenchFake } from "./fake.js";
import { approvedPullRequest, POLICY, POLICY_PATH, revised, validItems } from "./items.js";

export interface PullRequestRepo {
  repo: FakeRepo;
  installation: number;
  /** The synchronize webhook's payload (a fresh delivery id is used each time). */
  payload: Record<string, unknown>;
}

/**
 * A repository of `total` valid items whose pull request #7 changes the first `changed` of them,
 * approved at its head by every reviewer the policy lists.
 */
export function pullRequestRepo(
  gh: FakeGitHub,
  name: string,
  o: { total: number; changed: number; installation: number },
): PullRequestRepo {
  const repo = gh.addRepo(name);
  const items = validItems(Math.max(o.total, o.changed));
  const files: Record<string, string> = { [POLICY_PATH]: POLICY, "README.md": "# roadmap\n" };
  for (const item of items) files[item.path] = item.content;
  const baseSha = repo.commit(files, { message: "Roadmap" });
  const changes = Object.fromEntries(
    items.slice(0, o.changed).map((item) => [item.path, revised(item, 1)]),
  );
  const pull = approvedPullRequest(repo, baseSha, changes);
  const payload = pullRequestEvent(repo, pull, "synchronize");
  payload.installation = { id: o.installation, node_id: `I_${o.installation}` };
  return { repo, installation: o.installation, payload };
}

/** One webhook delivery, timed on the bench's clock (performance.now()). */
export interface Delivery {
  id: string;
  repo: string;
  installation: number;
  sentAt: number;
  /** When Probot answered the webhook request (it answers once the handlers are done). */
  answeredAt?: number;
  httpStatus?: number;
  /** When the `in_progress` check run's POST reached GitHub. */
  inProgressAt?: number;
  /** When the PATCH that completed it reached GitHub. */
  completedAt?: number;
  conclusion?: string;
  /** Requests the fake received between sending and the answer (meaningful when run alone). */
  requests?: number;
  requestShape?: string[];
}

const CREATE = /^\/repos\/([^/]+\/[^/]+)\/check-runs$/;
const UPDATE = /^\/repos\/([^/]+\/[^/]+)\/check-runs\/(\d+)$/;

/** Follows every delivery's check run through the fake's requests. */
export class Tracker {
  readonly deliveries = new Map<string, Delivery>();
  /** Every write the app made (REST other than GET, and GraphQL, which the throttle counts as one). */
  readonly writes: { at: number; repo: string }[] = [];
  private readonly runs = new Map<string, Delivery>();
  private readonly stop: () => void;

  constructor(
    private readonly fake: BenchFake,
    private readonly app: RunningApp,
  ) {
    this.stop = fake.onRequest(({ entry, arrivedAt }) => {
      const repo = repositoryOf(entry);
      if (repo && (entry.method !== "GET" || entry.path === "/graphql"))
        this.writes.push({ at: arrivedAt, repo });
      const body = (entry.body ?? {}) as {
        external_id?: string;
        status?: string;
        conclusion?: string;
      };
      const created = entry.method === "POST" ? CREATE.exec(entry.path) : null;
      if (created && body.external_id) {
        const delivery = this.deliveries.get(body.external_id);
        if (!delivery) return;
        delivery.inProgressAt ??= arrivedAt;
        const run = fake.gh
          .repo(created[1]!)
          .checkRuns.find((r) => r.external_id === body.external_id);
        if (run) this.runs.set(`${created[1]}#${run.id}`, delivery);
        return;
      }
      const updated = entry.method === "PATCH" ? UPDATE.exec(entry.path) : null;
      if (updated && body.status === "completed") {
        const delivery = this.runs.get(`${updated[1]}#${updated[2]}`);
        if (!delivery || delivery.completedAt !== undefined) return;
        delivery.completedAt = arrivedAt;
        delivery.conclusion = body.conclusion;
      }
    });
  }

  /** Sends a signed `pull_request.synchronize`; resolves when Probot has answered. */
  async send(target: PullRequestRepo, countRequests = false): Promise<Delivery> {
    const id = randomUUID();
    const delivery: Delivery = {
      id,
      repo: target.repo.fullName,
      installation: target.installation,
      sentAt: performance.now(),
    };
    this.deliveries.set(id, delivery);
    const seen = this.fake.gh.requests.length;
    try {
      const result = await deliver(this.app, "pull_request", target.payload, { id });
      delivery.httpStatus = result.status;
    } catch {
      delivery.httpStatus = 0;
    }
    delivery.answeredAt = performance.now();
    if (countRequests) {
      const requests = this.fake.gh.requests.slice(seen);
      delivery.requests = requests.length;
      delivery.requestShape = requests.map((r) => `${r.method} ${r.route ?? r.path}`);
    }
    return delivery;
  }

  close(): void {
    this.stop();
  }
}

/** The repository a request is about: its REST path, or a GraphQL query's owner and name. */
function repositoryOf(entry: { path: string; body: unknown }): string | undefined {
  const rest = /^\/repos\/([^/]+\/[^/]+)/.exec(entry.path);
  if (rest) return rest[1];
  const variables = (entry.body as { variables?: { owner?: string; name?: string } } | undefined)
    ?.variables;
  return variables?.owner && variables.name ? `${variables.owner}/${variables.name}` : undefined;
}

export function latency(d: Delivery, of: "inProgressAt" | "completedAt"): number | undefined {
  const at = d[of];
  return at === undefined ? undefined : at - d.sentAt;
}
