import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect } from "vitest";
import {
  startFakeGitHub,
  type FakeGitHub,
  type FakeRepo,
} from "../../support/fake-github/index.js";
import { startApp, type AppOptions, type RunningApp } from "./probot-app.js";
import { deliver, type Delivery, type DeliveryResult } from "./webhooks.js";

export interface Harness {
  gh: FakeGitHub;
  app: RunningApp;
}

/** One fake GitHub and one real Probot server for a test file; each test uses its own repository. */
export function useApp(options?: AppOptions): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.gh = await startFakeGitHub();
    harness.app = await startApp(harness.gh, options);
  });
  afterAll(async () => {
    await harness.app?.stop();
    await harness.gh?.close();
  });
  return harness;
}

export async function waitFor(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export interface Settle extends Delivery {
  /**
   * What the delivery leaves behind. "a check run" (the default): the app writes (creates or
   * updates) a check run of the repository. "no check run": events that write none (issues, a
   * redelivery); the wait then checks that none was written.
   */
  writes?: "a check run" | "no check run";
}

/** Every create or update of a check run of the repository so far. */
function checkRunWrites(repo: FakeRepo): number {
  return repo.checkRuns.reduce((n, r) => n + r.writes.length, 0);
}

/**
 * Delivers a webhook and waits until the app is done with it: Probot answers once the handlers
 * finish, or 202 after 9 s while they go on. The app must take the delivery (not a 4xx) and,
 * unless the caller says the event writes none, write a check run; then no run of the repository
 * is in progress and, after a 202, the app has gone quiet. ("Every run completed" alone holds while no
 * run is written yet, so a test could read the repository before the app acted.)
 */
export async function deliverAndSettle(
  h: Harness,
  repo: FakeRepo,
  event: string,
  payload: unknown,
  settle: Settle = {},
): Promise<DeliveryResult> {
  const { writes = "a check run", ...delivery } = settle;
  const before = checkRunWrites(repo);
  const result = await deliver(h.app, event, payload, delivery);
  // A 4xx is a delivery refused unread (a bad signature); a 5xx is a handler that ran and threw
  // (some fail closed that way after writing their run), so the wait below still applies.
  if (result.status >= 300 && result.status < 500) {
    throw new Error(`the app did not take the ${event} delivery: ${result.status} ${result.body}`);
  }
  if (writes === "a check run") {
    await waitFor(
      () => checkRunWrites(repo) > before && repo.checkRuns.every((r) => r.status === "completed"),
      "a check run to be written and every check run to complete",
    );
  }
  // After a 202 the handler may still be adding annotation batches to a completed run.
  if (result.status === 202) await waitForQuiet(h, repo);
  if (writes === "no check run" && checkRunWrites(repo) !== before) {
    throw new Error(`the ${event} delivery wrote a check run; the caller expected none`);
  }
  return result;
}

/**
 * The app took the delivery and its handlers did not fail. Probot answers 200 once they are done,
 * or 202 when they outlast its 9 s and go on (a saturated machine: the status says how long, not
 * how well); after a 202 (and deliverAndSettle's wait), no error may be logged for the delivery.
 */
export function expectHandled(h: Harness, result: DeliveryResult): void {
  expect([200, 202]).toContain(result.status);
  if (result.status !== 202) return;
  const errors = h.app
    .output()
    .split("\n")
    .filter((line) => line.includes(`"id":"${result.id}"`) && line.includes('"level":50'));
  expect(errors).toEqual([]);
}

/** Waits until the app has made no request about the repository for `quietMs` (after a 202). */
export async function waitForQuiet(
  h: Harness,
  repo: FakeRepo,
  quietMs = 1_500,
  ms = 40_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  const about = (r: { path: string; body: unknown }) =>
    r.path.includes(`/repos/${repo.fullName}/`) ||
    JSON.stringify(r.body ?? "").includes(`"name":"${repo.name}"`);
  let seen = -1;
  let since = Date.now();
  for (;;) {
    const count = h.gh.requests.filter(about).length;
    if (count !== seen) {
      seen = count;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    if (Date.now() > deadline) throw new Error("the app kept making requests");
    await sleep(50);
  }
}
