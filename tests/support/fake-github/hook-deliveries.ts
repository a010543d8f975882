import { createHmac } from "node:crypto";
import { json, notFound, route, type RouteContext, type RouteResponse } from "./router.js";

/** One delivery of the App's webhook, as `GET /app/hook/deliveries` lists it (hook-delivery-item). */
export interface HookDelivery {
  id: number;
  guid: string;
  delivered_at: string;
  redelivery: boolean;
  duration: number;
  status: string;
  status_code: number;
  event: string;
  action: string | null;
  installation_id: number | null;
  repository_id: number | null;
  throttled_at: string | null;
}

/** Where redeliveries go: the app's webhook URL and secret. */
export interface HookTarget {
  url: string;
  secret: string;
}

/**
 * The App webhook's delivery log and GitHub's way to redeliver (`POST …/attempts`), which sends
 * the same payload and `X-GitHub-Delivery` again, signed, and logs the attempt. GitHub never
 * redelivers by itself.
 */
export class HookDeliveries {
  readonly log: HookDelivery[] = [];
  private readonly payloads = new Map<number, unknown>();
  private nextId = 1;
  target?: HookTarget;

  add(o: {
    guid: string;
    event: string;
    payload: Record<string, unknown>;
    statusCode: number;
    deliveredAt?: Date;
    redelivery?: boolean;
  }): HookDelivery {
    const repository = o.payload.repository as { id?: number } | undefined;
    const installation = o.payload.installation as { id?: number } | undefined;
    const delivery: HookDelivery = {
      id: this.nextId++,
      guid: o.guid,
      delivered_at: (o.deliveredAt ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
      redelivery: o.redelivery ?? false,
      duration: 0.1,
      status: o.statusCode >= 200 && o.statusCode < 300 ? "OK" : statusText(o.statusCode),
      status_code: o.statusCode,
      event: o.event,
      action: typeof o.payload.action === "string" ? o.payload.action : null,
      installation_id: installation?.id ?? null,
      repository_id: repository?.id ?? null,
      throttled_at: null,
    };
    this.log.push(delivery);
    this.payloads.set(delivery.id, o.payload);
    return delivery;
  }

  /** Sends a logged delivery again, as GitHub does after `POST …/attempts`, and logs the attempt. */
  async redeliver(id: number): Promise<void> {
    const original = this.log.find((d) => d.id === id)!;
    const payload = this.payloads.get(id) as Record<string, unknown>;
    const deadline = Date.now() + 10_000;
    while (!this.target && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    let statusCode = 0;
    if (this.target) {
      const body = JSON.stringify(payload);
      const signature = createHmac("sha256", this.target.secret).update(body).digest("hex");
      statusCode = await fetch(this.target.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "GitHub-Hookshot/fake",
          "x-github-event": original.event,
          "x-github-delivery": original.guid,
          "x-github-hook-id": "1",
          "x-hub-signature-256": `sha256=${signature}`,
        },
        body,
      }).then(
        async (res) => (await res.text(), res.status),
        () => 0,
      );
    }
    this.add({ guid: original.guid, event: original.event, payload, statusCode, redelivery: true });
  }
}

function statusText(code: number): string {
  return code === 0 ? "failed to connect" : `Invalid HTTP Response: ${code}`;
}

/** The App's own routes take its JWT (three dot-separated parts), never an installation token. */
function withJwt(ctx: RouteContext, answer: () => RouteResponse): RouteResponse {
  const jwt = /^bearer [\w-]+\.[\w-]+\.[\w-]+$/i.test(ctx.headers.authorization ?? "");
  if (jwt) return answer();
  return json(401, {
    message: "A JSON web token could not be decoded",
    documentation_url: "https://docs.github.com/rest",
  });
}

export const hookDeliveryRoutes = [
  // Newest first, `per_page` up to 100, and a `cursor` that the Link header's next page carries.
  route("GET", "/app/hook/deliveries", (ctx) =>
    withJwt(ctx, () => {
      const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30) || 30));
      const newest = [...ctx.state.hooks.log].sort(
        (a, b) => b.delivered_at.localeCompare(a.delivered_at) || b.id - a.id,
      );
      const start = ctx.query.cursor
        ? newest.findIndex((d) => String(d.id) === ctx.query.cursor)
        : 0;
      const page = start < 0 ? [] : newest.slice(start, start + perPage);
      const next = start < 0 ? undefined : newest[start + perPage];
      const params = new URLSearchParams({ per_page: String(perPage), cursor: String(next?.id) });
      const link = next ? { link: `<${ctx.apiBase}${ctx.path}?${params}>; rel="next"` } : undefined;
      return json(200, page, link);
    }),
  ),
  route("POST", "/app/hook/deliveries/:id/attempts", (ctx) =>
    withJwt(ctx, () => {
      const id = Number(ctx.params.id);
      if (!ctx.state.hooks.log.some((d) => d.id === id)) return notFound();
      // Accepted now, sent a moment later, as GitHub does.
      setTimeout(() => void ctx.state.hooks.redeliver(id), 0);
      return json(202, {});
    }),
  ),
];
