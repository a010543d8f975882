import type { IncomingMessage, ServerResponse } from "node:http";
import type { FakeGitHub } from "../../support/fake-github/index.js";

export interface Arrival {
  method: string;
  url: string;
  at: number;
}

/** When each request reached the fake from now on, by method and path: for spacing and latency. */
export function arrivals(gh: FakeGitHub): Arrival[] {
  const seen: Arrival[] = [];
  const handle = gh.handle.bind(gh);
  gh.handle = (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ method: req.method ?? "", url: req.url ?? "", at: performance.now() });
    return handle(req, res);
  };
  return seen;
}

/** What Probot's throttling spaces: writes, and GraphQL queries (which take a write slot too). */
export function isSpacedWrite(r: Arrival): boolean {
  return r.method !== "GET" && r.method !== "HEAD" && !/\/access_tokens$/.test(r.url);
}

/** The smallest gap, in ms, between two consecutive arrivals. */
export function smallestGap(list: readonly Arrival[]): number {
  const times = list.map((r) => r.at).sort((a, b) => a - b);
  let smallest = Infinity;
  for (let i = 1; i < times.length; i++) smallest = Math.min(smallest, times[i]! - times[i - 1]!);
  return smallest;
}
