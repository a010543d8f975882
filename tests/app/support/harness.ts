import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll } from "vitest";
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

/**
 * Delivers a webhook and waits until the app is done with it: Probot answers once the handlers
 * finish, or 202 after 9 s while they go on; then no check run of the repository is in progress.
 */
export async function deliverAndSettle(
  h: Harness,
  repo: FakeRepo,
  event: string,
  payload: unknown,
  delivery?: Delivery,
): Promise<DeliveryResult> {
  const result = await deliver(h.app, event, payload, delivery);
  await waitFor(
    () => repo.checkRuns.every((r) => r.status === "completed"),
    "check runs to complete",
  );
  return result;
}
