import Bottleneck from "bottleneck";
import type { Context, Probot, ProbotOctokit } from "probot";
import type { Redis } from "ioredis";
import { recogniseRedis7Errors } from "./bottleneck-redis7.js";
import { memorySendSlots, redisSendSlots, slottedFetch, type SendSlots } from "./send-slots.js";
import { clientTimings, GITHUB_TIMINGS, type ClientTimings } from "../github/client-timings.js";

type Handler<C extends Context> = (context: C) => Promise<void>;

/**
 * Gives a handler a client throttled per installation. Probot's `context.octokit` shares one
 * write queue (about a second between writes) across every installation, so one busy
 * organisation would delay every other one's checks; `app.auth(id)` keys the queue by installation.
 */
export function perInstallation<C extends Context>(app: Probot, handler: Handler<C>): Handler<C> {
  const timings = clientTimings(process.env);
  return async (context) => {
    const installation = (context.payload as { installation?: { id?: number } }).installation?.id;
    if (installation !== undefined)
      context.octokit = await installationClient(app, installation, timings);
    await handler(context);
  };
}

interface FactoryOptions {
  octokit: { constructor: new (options: Record<string, unknown>) => ProbotOctokit };
  octokitOptions: {
    /** With REDIS_URL, Probot's throttle options carry the Bottleneck connection to Redis. */
    throttle?: {
      enabled?: boolean;
      connection?: Bottleneck.IORedisConnection;
      [option: string]: unknown;
    };
    auth?: Record<string, unknown>;
    request?: { fetch?: typeof globalThis.fetch; [option: string]: unknown };
  };
  [other: string]: unknown;
}

/**
 * The installation's client, built the way Probot builds it (its throttling honours REDIS_URL),
 * with Bottleneck's Redis connection taught Redis 7's error replies (bottleneck-redis7.ts). With
 * timings other than GitHub's, the client has write lanes of its own (still keyed by installation,
 * and kept in Redis as Probot's are when REDIS_URL is set) and its own back-off base. Its fetch
 * takes a send slot before each write (send-slots.ts), in the same Redis when there is one.
 */
async function installationClient(
  app: Probot,
  id: number,
  timings: ClientTimings,
): Promise<ProbotOctokit> {
  const github =
    timings.writeSpacingMs === GITHUB_TIMINGS.writeSpacingMs &&
    timings.retryBaseMs === GITHUB_TIMINGS.retryBaseMs;
  const appClient = await app.auth();
  return (await appClient.auth({
    type: "installation",
    installationId: id,
    factory: ({ octokit, octokitOptions, ...otherOptions }: FactoryOptions) => {
      const throttle = octokitOptions.throttle;
      if (throttle?.connection) recogniseRedis7Errors(throttle.connection);
      const own = github
        ? {}
        : {
            ...writeLanes(timings.writeSpacingMs, throttle?.connection),
            retryAfterBaseValue: timings.retryBaseMs,
          };
      const slots = sendSlots(timings.writeSpacingMs, throttle?.connection);
      const fetch = octokitOptions.request?.fetch ?? globalThis.fetch;
      return new octokit.constructor({
        ...octokitOptions,
        request: { ...octokitOptions.request, fetch: slottedFetch(fetch, String(id), slots) },
        log: app.log.child({ name: "github" }),
        throttle: throttle?.enabled === false ? throttle : { ...throttle, id: String(id), ...own },
        ...(github ? {} : { retry: { retryAfterBaseValue: timings.retryBaseMs } }),
        auth: { ...octokitOptions.auth, otherOptions, installationId: id },
      });
    },
  })) as ProbotOctokit;
}

let lanesBySpacing:
  { spacing: number; write: Bottleneck.Group; notifications: Bottleneck.Group } | undefined;

/**
 * One set of lanes per process, like the throttling plugin's: clients of one installation share
 * theirs. On a Redis connection the lanes are Bottleneck clusters, shared by every replica.
 */
function writeLanes(
  spacing: number,
  connection: Bottleneck.IORedisConnection | undefined,
): { write: Bottleneck.Group; notifications: Bottleneck.Group } {
  if (lanesBySpacing?.spacing !== spacing) {
    const lane = (id: string, minTime: number) =>
      new Bottleneck.Group({
        id,
        maxConcurrent: 1,
        minTime,
        timeout: 120_000,
        ...(connection ? { connection } : {}),
      });
    lanesBySpacing = {
      spacing,
      write: lane("roadmap-gate-write", spacing),
      notifications: lane("roadmap-gate-notifications", spacing * 3),
    };
  }
  return { write: lanesBySpacing.write, notifications: lanesBySpacing.notifications };
}

let slotsBySpacing: { spacing: number; slots: SendSlots } | undefined;

/**
 * One set of send slots per process. With REDIS_URL they are keys on the Redis client of Probot's
 * Bottleneck connection (Bottleneck keeps its subscriptions on a second one), so every replica
 * sees them; without, the process is the only sender.
 */
function sendSlots(
  spacing: number,
  connection: Bottleneck.IORedisConnection | undefined,
): SendSlots {
  if (slotsBySpacing?.spacing !== spacing) {
    const redis = (connection as unknown as { client?: Redis } | undefined)?.client;
    // Spacing 0 (some tests) asks for none; Redis refuses a key that lives 0 ms.
    const none: SendSlots = { take: async () => ({ done: () => undefined }) };
    slotsBySpacing = {
      spacing,
      slots:
        spacing <= 0 ? none : redis ? redisSendSlots(redis, spacing) : memorySendSlots(spacing),
    };
  }
  return slotsBySpacing.slots;
}
