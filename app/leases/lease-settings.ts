import { tmpdir } from "node:os";
import { join } from "node:path";

export interface LeaseSettings {
  /** How long a lease lasts unless renewed; renewed every third of it, claimed once it expired. */
  ttlMs: number;
  /** Redis shared by every replica; without it, leases are files of this replica in `stateDir`. */
  redisUrl?: string;
  stateDir: string;
  /** Answer a webhook once its lease is written, and handle it afterwards. */
  answerAtOnce: boolean;
  /** On start, ask GitHub to redeliver the App's failed webhooks of the last hour. */
  redeliverFailed: boolean;
}

/**
 * From the environment: ROADMAP_GATE_LEASE_SECONDS, REDIS_URL, ROADMAP_GATE_STATE_DIR,
 * ROADMAP_GATE_ANSWER_AT_ONCE, ROADMAP_GATE_REDELIVER_FAILED.
 */
export function leaseSettings(env: Record<string, string | undefined>): LeaseSettings {
  const seconds = Number(env.ROADMAP_GATE_LEASE_SECONDS);
  const redisUrl = env.REDIS_URL || undefined;
  const atOnce = env.ROADMAP_GATE_ANSWER_AT_ONCE;
  const redeliver = env.ROADMAP_GATE_REDELIVER_FAILED;
  return {
    ttlMs: (Number.isFinite(seconds) && seconds > 0 ? seconds : 30) * 1000,
    redisUrl,
    stateDir: env.ROADMAP_GATE_STATE_DIR || join(tmpdir(), "roadmap-gate"),
    // With Redis, a replica that dies after answering loses nothing: another takes its lease over.
    answerAtOnce: flag(atOnce, redisUrl !== undefined),
    // With Redis, the leases of the replicas that stay up are enough.
    redeliverFailed: flag(redeliver, redisUrl === undefined),
  };
}

function flag(text: string | undefined, fallback: boolean): boolean {
  return text === undefined || text === "" ? fallback : text === "true";
}
