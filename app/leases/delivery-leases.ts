import { randomUUID } from "node:crypto";
import type { Context, Probot } from "probot";
import { FileLeaseStore } from "./file-lease-store.js";
import type { LeaseStore } from "./lease-store.js";
import { leaseSettings, type LeaseSettings } from "./lease-settings.js";
import { redeliverFailed } from "./redeliver-failed.js";

type Handler<C extends Context> = (context: C) => Promise<void>;

/** Taken over this often, a delivery is judged no more: its check fails closed (see gate-check.ts). */
export const MAX_TAKEOVERS = 3;
/** Leases claimed per scan: a replica that takes over never takes on more than this at once. */
const CLAIMS_PER_SCAN = 10;
/** Redeliveries are asked for once the server has had time to listen: GitHub sends them at once. */
const REDELIVER_AFTER_MS = 3_000;

/** Deliveries this process handles under a lease now, with how often each was taken over. */
const held = new Map<string, { takeovers: number }>();

/**
 * The lease this replica holds on a delivery while it handles it. Holding it means no one else is
 * handling the delivery: a check run it left `in_progress` was abandoned and is this replica's to
 * complete.
 */
export function heldLease(delivery: string): { takeovers: number } | undefined {
  return held.get(delivery);
}

/**
 * Wraps webhook handlers so that each delivery is handled under a lease: written before the
 * webhook is answered, renewed while the handler works, released when it is done. A replica that
 * dies stops renewing; any replica (or, without Redis, this one restarted) then claims the expired
 * lease and handles the stored webhook again. A delivery whose lease someone else holds (GitHub
 * redelivered it while a replica is on it) is left to that holder.
 */
export function deliveryLeases(
  app: Probot,
  env: Record<string, string | undefined> = process.env,
): <C extends Context>(handler: Handler<C>) => Handler<C> {
  const settings = leaseSettings(env);
  const replica = randomUUID().slice(0, 8);
  let tokens = 0;
  const store = openStore(settings).catch((error: unknown) => {
    app.log.error(
      { err: error },
      "Could not open the lease store: webhooks are handled without leases",
    );
    return undefined;
  });
  /** Leases this replica claimed, by delivery: the handler takes them over instead of acquiring. */
  const claimed = new Map<string, { token: string; takeovers: number }>();

  const work = async <C extends Context>(context: C, handler: Handler<C>, token: string) => {
    const leases = await store;
    const renewal = setInterval(() => {
      leases?.renew(context.id, token, settings.ttlMs).catch((error: unknown) => {
        app.log.warn({ err: error, delivery: context.id }, "Could not renew a lease");
      });
    }, settings.ttlMs / 3);
    try {
      await handler(context);
    } finally {
      clearInterval(renewal);
      held.delete(context.id);
      await leases?.release(context.id, token).catch((error: unknown) => {
        app.log.warn({ err: error, delivery: context.id }, "Could not release a lease");
      });
    }
  };

  const wrap =
    <C extends Context>(handler: Handler<C>): Handler<C> =>
    async (context) => {
      const taken = claimed.get(context.id);
      claimed.delete(context.id);
      const token = taken?.token ?? `${replica}:${++tokens}`;
      const leases = await store;
      if (!taken && leases) {
        const lease = { delivery: context.id, event: context.name, payload: context.payload };
        // Reporting matters more than a lease: if the store fails, the webhook is handled anyway.
        const acquired = await leases
          .acquire({ ...lease, receivedAt: Date.now() }, token, settings.ttlMs)
          .catch((error: unknown) => {
            app.log.warn({ err: error, delivery: context.id }, "Could not write a lease");
            return true;
          });
        if (!acquired) {
          app.log.info({ delivery: context.id }, "Another handler holds this delivery's lease");
          return;
        }
      }
      held.set(context.id, { takeovers: taken?.takeovers ?? 0 });
      if (!settings.answerAtOnce || !leases) return work(context, handler, token);
      void work(context, handler, token).catch((error: unknown) => {
        app.log.error({ err: error, delivery: context.id }, "Handling a webhook failed");
      });
    };

  const scan = async () => {
    const leases = await store;
    if (!leases) return;
    const prefix = `${replica}:takeover-${++tokens}-`;
    for (const lease of await leases.claimExpired(prefix, settings.ttlMs, CLAIMS_PER_SCAN)) {
      app.log.warn(
        { delivery: lease.delivery, event: lease.event, takeovers: lease.takeovers },
        "Taking over a webhook whose handler stopped renewing its lease",
      );
      claimed.set(lease.delivery, { token: lease.token, takeovers: lease.takeovers });
      const event = { id: lease.delivery, name: lease.event, payload: lease.payload };
      // receive() runs the wrapped handler, which finds the claim; release covers an event no
      // handler takes, so its lease is not claimed again and again.
      void app
        .receive(event as Parameters<Probot["receive"]>[0])
        .catch((error: unknown) =>
          app.log.error({ err: error, delivery: lease.delivery }, "A taken-over webhook failed"),
        )
        .finally(() => {
          // Still here: no handler took the claim (a handler answering at once may still be at work).
          if (claimed.delete(lease.delivery))
            return leases.release(lease.delivery, lease.token).catch(() => undefined);
        });
    }
  };
  const scanSafely = () =>
    scan().catch((error: unknown) =>
      app.log.warn({ err: error }, "Could not look for expired leases"),
    );
  setTimeout(scanSafely, 0).unref();
  setInterval(scanSafely, settings.ttlMs / 2).unref();
  // Webhooks that failed while no replica could take them (this one was down) are only known to
  // GitHub.
  if (settings.redeliverFailed)
    setTimeout(() => {
      redeliverFailed(app).catch((error: unknown) =>
        app.log.warn({ err: error }, "Could not ask GitHub to redeliver failed webhooks"),
      );
    }, REDELIVER_AFTER_MS).unref();

  return wrap;
}

async function openStore(settings: LeaseSettings): Promise<LeaseStore> {
  if (!settings.redisUrl) return new FileLeaseStore(settings.stateDir);
  const [{ Redis }, { RedisLeaseStore }] = await Promise.all([
    import("ioredis"),
    import("./redis-lease-store.js"),
  ]);
  // A few retries, then an error: a webhook waits a little for Redis, never for ever.
  return new RedisLeaseStore(new Redis(settings.redisUrl, { maxRetriesPerRequest: 3 }));
}
