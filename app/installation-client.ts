import Bottleneck from "bottleneck";
import type { Context, Probot, ProbotOctokit } from "probot";
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
    throttle?: { connection?: Bottleneck.IORedisConnection; [option: string]: unknown };
    auth?: Record<string, unknown>;
  };
  [other: string]: unknown;
}

/**
 * With GitHub's timings, Probot's own installation client (which also honours REDIS_URL). With
 * other timings, the same client built the way Probot builds it, with its own write lanes (still
 * keyed by installation, and kept in Redis as Probot's are when REDIS_URL is set) and back-off base.
 */
async function installationClient(
  app: Probot,
  id: number,
  timings: ClientTimings,
): Promise<ProbotOctokit> {
  if (
    timings.writeSpacingMs === GITHUB_TIMINGS.writeSpacingMs &&
    timings.retryBaseMs === GITHUB_TIMINGS.retryBaseMs
  )
    return app.auth(id);
  const appClient = await app.auth();
  return (await appClient.auth({
    type: "installation",
    installationId: id,
    factory: ({ octokit, octokitOptions, ...otherOptions }: FactoryOptions) => {
      const lanes = writeLanes(timings.writeSpacingMs, octokitOptions.throttle?.connection);
      return new octokit.constructor({
        ...octokitOptions,
        throttle: {
          ...octokitOptions.throttle,
          id: String(id),
          ...lanes,
          retryAfterBaseValue: timings.retryBaseMs,
        },
        retry: { retryAfterBaseValue: timings.retryBaseMs },
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
