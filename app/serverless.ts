import type { IncomingMessage, ServerResponse } from "node:http";
import { createNodeMiddleware, createProbot } from "probot";
import roadmapGate from "./index.js";
import { assertWebhookSecret } from "./webhook-secret.js";

/**
 * The app as one Node request listener, for serverless platforms that hand over Node's (req, res):
 * Google Cloud Functions, Vercel, Netlify, or AWS Lambda behind a Node HTTP adapter. Configured by
 * the same environment as `npm start`; webhooks at `/api/github/webhooks`, health at `/healthz`.
 * probot 14's createNodeMiddleware is used because the Lambda adapter package targets probot 13.
 */
assertWebhookSecret();

const middleware = createNodeMiddleware(roadmapGate, { probot: createProbot() });

export default async function roadmapGateHandler(
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  await (
    await middleware
  )(req, res, () => {
    res.writeHead(404, { "content-type": "application/json" }).end('{"error":"Not found"}\n');
  });
}
