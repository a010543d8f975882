import type { IncomingMessage, ServerResponse } from "node:http";

/** `GET /healthz` for load balancers and container probes; the app keeps no state to check. */
export function healthCheck(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if ((req.url ?? "").split("?")[0] !== "/healthz") return false;
  res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}\n');
  return true;
}
