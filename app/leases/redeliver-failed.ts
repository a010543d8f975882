import type { Probot } from "probot";

/** GitHub keeps deliveries for days; a replica restarted redelivers those of the last hour. */
const WINDOW_MS = 3_600_000;
/** Redeliveries are writes (a second apart per Probot's throttling): a bound on the start's work. */
const MAX_REDELIVERIES = 100;

interface HookDeliveryItem {
  id: number;
  guid: string;
  delivered_at: string;
  status_code: number;
}

/**
 * GitHub never redelivers a webhook by itself. A replica without Redis, when it starts, asks for
 * the App's webhook deliveries of the last hour (`GET /app/hook/deliveries`, with the App's JWT:
 * these are the App's routes, not an installation's) and redelivers each event that no delivery
 * answered with 2xx (`POST /app/hook/deliveries/{id}/attempts`), such as one sent to this
 * replica's previous life as it died. Returns how many it asked GitHub to redeliver.
 */
export async function redeliverFailed(app: Probot, now = Date.now()): Promise<number> {
  const octokit = await app.auth();
  const answered = new Set<string>();
  /** The newest failed delivery of each event (guid) not known to be answered. */
  const failed = new Map<string, HookDeliveryItem>();
  const pages = octokit.paginate.iterator("GET /app/hook/deliveries", { per_page: 100 });
  listing: for await (const { data } of pages) {
    // Newest first: the listing stops at the first delivery older than the window.
    for (const delivery of data as HookDeliveryItem[]) {
      if (Date.parse(delivery.delivered_at) < now - WINDOW_MS) break listing;
      if (delivery.status_code >= 200 && delivery.status_code < 300) answered.add(delivery.guid);
      else if (!failed.has(delivery.guid)) failed.set(delivery.guid, delivery);
    }
  }
  const redeliver = [...failed.values()].filter((d) => !answered.has(d.guid));
  for (const delivery of redeliver.slice(0, MAX_REDELIVERIES)) {
    await octokit.request("POST /app/hook/deliveries/{delivery_id}/attempts", {
      delivery_id: delivery.id,
    });
    app.log.warn({ delivery: delivery.guid }, "Asked GitHub to redeliver a failed webhook");
  }
  return Math.min(redeliver.length, MAX_REDELIVERIES);
}
