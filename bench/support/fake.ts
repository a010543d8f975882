// The tests' fake GitHub (tests/support/fake-github), with two additions for benchmarks, made by
// wrapping its request listener rather than changing it:
// - every request is reported with the moment it reached the server, for latencies;
// - any installation id is accepted: the fake knows one installation (`gh.installationId`), so
//   `/app/installations/{id}…` is answered as that one. Probot keys its throttling by the
//   installation id of the webhook, so webhooks with distinct ids get distinct write lanes.
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  startFakeGitHub,
  type FakeGitHub,
  type LoggedRequest,
} from "../../tests/support/fake-github/index.js";

/** A request as logged by the fake, with when it arrived and when it was answered. */
export interface TimedRequest {
  entry: LoggedRequest;
  /** performance.now() when the request reached the server. */
  arrivedAt: number;
  /** performance.now() when the fake had answered it. */
  answeredAt: number;
  /** The installation id the client asked for, when the shim mapped it onto the fake's one. */
  installation?: number;
}

export interface BenchFake {
  gh: FakeGitHub;
  /** Called for every answered request, in answering order. */
  onRequest(listener: (request: TimedRequest) => void): () => void;
  /** Installation ids that asked for a token. */
  tokensIssuedFor: Map<number, number>;
  close(): Promise<void>;
}

const INSTALLATION = /^((?:\/api\/v3)?\/app\/installations\/)(\d+)(\/access_tokens)?(\?.*)?$/;

export async function startBenchFake(): Promise<BenchFake> {
  const gh = await startFakeGitHub();
  const listeners = new Set<(request: TimedRequest) => void>();
  const tokensIssuedFor = new Map<number, number>();
  const handle = gh.handle.bind(gh);
  gh.handle = async (req: IncomingMessage, res: ServerResponse) => {
    const arrivedAt = performance.now();
    let installation: number | undefined;
    const match = INSTALLATION.exec(req.url ?? "");
    if (match) {
      installation = Number(match[2]);
      if (match[3]) tokensIssuedFor.set(installation, (tokensIssuedFor.get(installation) ?? 0) + 1);
      req.url = `${match[1]}${gh.installationId}${match[3] ?? ""}${match[4] ?? ""}`;
    }
    await handle(req, res);
    const answeredAt = performance.now();
    if (listeners.size === 0) return;
    // The fake logs the request's own headers object: that finds this request's entry.
    let entry: LoggedRequest | undefined;
    for (let i = gh.requests.length - 1; i >= 0; i--)
      if (gh.requests[i]!.headers === req.headers) {
        entry = gh.requests[i];
        break;
      }
    if (!entry) return;
    for (const listener of listeners) listener({ entry, arrivedAt, answeredAt, installation });
  };
  return {
    gh,
    tokensIssuedFor,
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => gh.close(),
  };
}
