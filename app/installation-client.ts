import type { Context, Probot } from "probot";

type Handler<C extends Context> = (context: C) => Promise<void>;

/**
 * Gives a handler a client throttled per installation. Probot's `context.octokit` shares one
 * write queue (about a second between writes) across every installation, so one busy
 * organisation would delay every other one's checks; `app.auth(id)` keys the queue by installation.
 */
export function perInstallation<C extends Context>(app: Probot, handler: Handler<C>): Handler<C> {
  return async (context) => {
    const installation = (context.payload as { installation?: { id?: number } }).installation?.id;
    if (installation !== undefined) context.octokit = await app.auth(installation);
    await handler(context);
  };
}
