import { createHmac, randomUUID } from "node:crypto";
import type { RunningApp } from "./probot-app.js";
import { WEBHOOK_SECRET } from "./probot-app.js";

export interface Delivery {
  /** `X-GitHub-Delivery`; a fresh id unless given (a redelivery repeats one). */
  id?: string;
  /** Sign with another secret (a forged webhook). */
  secret?: string;
  /** Send this `X-Hub-Signature-256` as is; null: send none. */
  signature?: string | null;
}

export interface DeliveryResult {
  id: string;
  status: number;
  body: string;
  /** Milliseconds until the app answered (Probot answers once the handlers are done). */
  ms: number;
}

export function sign(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** Sends a webhook as GitHub does: JSON, event and delivery headers, HMAC SHA-256 signature. */
export async function deliver(
  app: RunningApp,
  event: string,
  payload: unknown,
  delivery: Delivery = {},
): Promise<DeliveryResult> {
  const id = delivery.id ?? randomUUID();
  const body = JSON.stringify(payload);
  const signature =
    delivery.signature === undefined ? sign(body, delivery.secret) : delivery.signature;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "GitHub-Hookshot/test",
    "x-github-event": event,
    "x-github-delivery": id,
    "x-github-hook-id": "1",
  };
  if (signature !== null) headers["x-hub-signature-256"] = signature;
  const started = performance.now();
  const res = await fetch(`${app.url}/api/github/webhooks`, { method: "POST", headers, body });
  const text = await res.text();
  return { id, status: res.status, body: text, ms: performance.now() - started };
}
