import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HOLD_MS,
  memorySendSlots,
  redisSendSlots,
  slottedFetch,
  type Clock,
  type SendSlots,
} from "../../app/send-slots.js";
import { redisInstalled, startRedis, type LocalRedis } from "../support/redis.js";

/**
 * A clock that moves only when someone waits on it: a sleeper wakes (in a task of its own, as a
 * timer does) at the time it asked for, so concurrent sleeps overlap. Every grant's time is exact.
 */
function fakeClock(): Clock {
  let now = 0;
  return {
    now: () => now,
    sleep: (ms) => {
      const wake = now + ms;
      return new Promise((resolve) =>
        setImmediate(() => {
          now = Math.max(now, wake);
          resolve();
        }),
      );
    },
  };
}

describe("send slots in the process (one replica)", () => {
  it("sends one installation's writes a spacing after the previous one was answered", async () => {
    const clock = fakeClock();
    const slots = memorySendSlots(1000, clock);
    const writes: { sent: number; answered: number }[] = [];
    // Four writes at once, each answered 300 ms after it was sent.
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const slot = await slots.take("7");
        const sent = clock.now();
        await clock.sleep(300);
        writes.push({ sent, answered: clock.now() });
        slot.done();
      }),
    );
    expect(writes).toHaveLength(4);
    for (let i = 1; i < writes.length; i++)
      expect(writes[i]!.sent - writes[i - 1]!.answered).toBeGreaterThanOrEqual(1000);
  });

  it("does not make one installation wait for another's writes", async () => {
    const clock = fakeClock();
    const slots = memorySendSlots(1000, clock);
    (await slots.take("1")).done();
    (await slots.take("2")).done();
    expect(clock.now()).toBe(0);
  });
});

describe("the client's fetch", () => {
  it("takes a slot for each write and GraphQL query, none for reads", async () => {
    const taken: string[] = [];
    const slots: SendSlots = {
      take: async (id) => {
        taken.push(id);
        return { done: () => undefined };
      },
    };
    const sent: string[] = [];
    const fetch = slottedFetch(
      async (input, init) => {
        sent.push(`${init?.method ?? "GET"} ${String(input)}`);
        return new Response("{}");
      },
      "42",
      slots,
    );
    await fetch("https://api.github.com/repos/o/r/pulls/1", { method: "GET" });
    await fetch("https://api.github.com/repos/o/r/check-runs", { method: "POST" });
    await fetch("https://api.github.com/repos/o/r/check-runs/1", { method: "PATCH" });
    await fetch("https://api.github.com/graphql", { method: "POST" });
    await fetch("https://api.github.com/repos/o/r", { method: "HEAD" });
    expect(taken).toEqual(["42", "42", "42"]);
    expect(sent).toHaveLength(5);
  });
});

const h = {} as { redis: LocalRedis; clients: Redis[] };

describe.skipIf(!redisInstalled)("send slots in Redis (replicas)", () => {
  beforeAll(async () => {
    h.redis = await startRedis();
    // Two connections: two replicas.
    h.clients = [new Redis(h.redis.url), new Redis(h.redis.url)];
  });
  afterAll(async () => {
    for (const client of h.clients ?? []) client.disconnect();
    await h.redis?.stop();
  });

  it("holds the slot while a write is in flight, then for the spacing, across replicas", async () => {
    const key = "roadmap-gate:write:9";
    const [a, b] = h.clients.map((client) => redisSendSlots(client, 300));
    const inFlight = await a!.take("9");
    const first = await h.clients[0]!.get(key);
    // In flight: held up to HOLD_MS, not just the spacing.
    expect(await h.clients[0]!.pttl(key)).toBeGreaterThan(HOLD_MS - 1000);
    let granted = false;
    const waiting = b!.take("9").then((slot) => {
      granted = true;
      return slot;
    });
    // Another installation is not held up by it.
    (await b!.take("10")).done();
    expect(granted).toBe(false);
    // Answered: the slot lives the spacing from now (same connection, so after the release).
    inFlight.done();
    const ttl = await h.clients[0]!.pttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
    expect(await h.clients[0]!.get(key)).toBe(first);
    // ...after which the other replica takes a slot of its own.
    (await waiting).done();
    expect(granted).toBe(true);
    const second = await h.clients[1]!.get(key);
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
  });
});
