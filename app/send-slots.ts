import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";

/**
 * Spaces one installation's writes at the moment each is sent. Probot's throttling spaces the
 * moments its lane grants a write; a replica whose event loop lags sends a granted write late, so
 * two replicas' writes reached GitHub as little as 75 ms apart (docs/performance.md). Here a write
 * takes its installation's slot right before its request is handed to fetch and keeps it until
 * GitHub answers; the slot then stays taken `spacingMs` more. So the next write of that
 * installation, from any replica, leaves at least `spacingMs` after GitHub answered this one, and
 * arrives after it by at least that, however late either replica's loop runs (fetch itself may
 * write the request a turn or more after it is called, so a slot that started at the call would
 * not be enough).
 */
export interface SendSlots {
  /** Resolves once this process holds a slot of `installation`; call `done` once answered. */
  take(installation: string): Promise<{ done(): void }>;
}

/** How the in-process slots read time and wait; tests give a fake clock. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = { now: () => performance.now(), sleep: (ms) => sleep(ms) };

/**
 * One replica: per installation, the write in flight and when the last one was answered, in
 * this process. Checked again after each wait, since another write may have taken the slot.
 */
export function memorySendSlots(spacingMs: number, clock: Clock = realClock): SendSlots {
  const slots = new Map<string, { answered: number; inFlight?: Promise<void> }>();
  return {
    async take(installation) {
      for (;;) {
        const slot = slots.get(installation);
        if (slot?.inFlight) {
          await slot.inFlight;
          continue;
        }
        const since = slot ? clock.now() - slot.answered : Infinity;
        if (since < spacingMs) {
          await clock.sleep(spacingMs - since);
          continue;
        }
        let release = () => {};
        const inFlight = new Promise<void>((resolve) => (release = resolve));
        slots.set(installation, { answered: -Infinity, inFlight });
        return {
          done: () => {
            const answered = clock.now();
            slots.set(installation, { answered });
            release();
            // A slot older than the spacing constrains nothing: forget it, so the map stays small.
            setTimeout(() => {
              if (slots.get(installation)?.answered === answered) slots.delete(installation);
            }, spacingMs).unref?.();
          },
        };
      }
    },
  };
}

/**
 * How long a replica may hold a slot while its write is in flight: a replica that dies meanwhile
 * holds up its installation's writes at most this long; a write slower than this lets the next go.
 */
export const HOLD_MS = 10_000;

/**
 * Takes the slot if it is free (`taken`), else answers how long it stays taken (which may be 0 ms
 * when it is about to end); one atomic round trip.
 */
const TAKE = `if redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return 'taken' end
return redis.call('PTTL', KEYS[1])`;
/** The write was answered: the slot ends `spacingMs` from now, if it is still this replica's. */
const SENT = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`;

/**
 * Several replicas: the slot is a key in the Redis they share (REDIS_URL), held (HOLD_MS) while
 * the write is in flight, then kept `spacingMs` from its answer.
 */
export function redisSendSlots(redis: Redis, spacingMs: number): SendSlots {
  return {
    async take(installation) {
      const key = `roadmap-gate:write:${installation}`;
      const token = randomUUID();
      for (;;) {
        const reply = await redis.eval(TAKE, 1, key, token, String(HOLD_MS));
        if (reply === "taken")
          return {
            done: () =>
              // A failed reply leaves the hold to expire: later writes wait, none comes closer.
              void redis.eval(SENT, 1, key, token, String(spacingMs)).catch(() => undefined),
          };
        // A slot in flight answers up to HOLD_MS: look again within a spacing, since it ends
        // `spacingMs` after its answer. -2: the key expired between SET and PTTL.
        await sleep(Math.min(Math.max(Number(reply), 1), spacingMs));
      }
    },
  };
}

/**
 * What Probot's throttling puts in the write lane: every method but reads (GraphQL is a POST).
 * Minting the installation token is the App authenticating, not a write of the installation.
 */
function isWrite(method: string, url: string): boolean {
  return method !== "GET" && method !== "HEAD" && !/\/access_tokens$/.test(url);
}

type Fetch = typeof globalThis.fetch;

/**
 * The client's fetch, holding a send slot for each write: it runs after the throttling lane
 * granted the write and after authentication, as close to the socket as Octokit lets code get.
 * Reads pass at once.
 */
export function slottedFetch(fetch: Fetch, installation: string, slots: SendSlots): Fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
    const url = request?.url ?? String(input);
    if (!isWrite(method, url)) return fetch(input, init);
    const slot = await slots.take(installation);
    try {
      return await fetch(input, init);
    } finally {
      slot.done();
    }
  };
}
