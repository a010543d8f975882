import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import {
  faultResponse,
  Injections,
  type DelaySpec,
  type FaultSpec,
  type Injection,
} from "./faults.js";
import { answerGraphQL } from "./graphql.js";
import type { Actor, FakeTeam, FakeTeamMember } from "./records.js";
import type { FakeRepo } from "./repo.js";
import {
  matchRoute,
  notFound,
  route,
  type Route,
  type RouteContext,
  type RouteResponse,
} from "./router.js";
import { accessRoutes } from "./routes/access.js";
import { peopleRoutes } from "./routes/people.js";
import { hookDeliveryRoutes, type HookDelivery, type HookTarget } from "./hook-deliveries.js";
import { appRoutes } from "./routes/app.js";
import { checkRoutes } from "./routes/checks.js";
import { gitRoutes } from "./routes/git.js";
import { issueRoutes } from "./routes/issues.js";
import { pullRoutes } from "./routes/pulls.js";
import { repositoryRoutes } from "./routes/repository.js";
import { FakeState } from "./state.js";
import type { AccountType, FakeOrg } from "./people.js";

const ROUTES: readonly Route[] = [
  route("POST", "/graphql", answerGraphQL),
  ...appRoutes,
  ...hookDeliveryRoutes,
  ...accessRoutes,
  ...peopleRoutes,
  ...checkRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...gitRoutes,
  ...repositoryRoutes,
];

/** One request as the fake received it. */
export interface LoggedRequest {
  method: string;
  /** Decoded, without the `/api/v3` prefix and the query; GraphQL is always `/graphql`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The route pattern that answered; undefined for an unknown route. */
  route?: string;
  /** The status answered; undefined while in flight or when the connection was dropped. */
  status?: number;
}

/** A stateful fake of GitHub's REST and GraphQL APIs on 127.0.0.1, for end-to-end tests. */
export class FakeGitHub {
  readonly requests: LoggedRequest[] = [];
  private readonly state = new FakeState();
  private readonly injections = new Injections();

  constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  /** The GitHub App's slug: installation tokens act as `${appSlug}[bot]`. */
  get appSlug(): string {
    return this.state.appSlug;
  }
  set appSlug(slug: string) {
    this.state.appSlug = slug;
  }

  get installationId(): number {
    return this.state.installationId;
  }
  /** Accept another installation id: its tokens work like the main installation's. */
  addInstallation(id: number): void {
    this.state.otherInstallations.add(id);
  }
  set installationId(id: number) {
    this.state.installationId = id;
  }

  /** GraphQL `Blob.text` past this many bytes is cut and `isTruncated` is true (default 512 KiB). */
  get blobTextLimit(): number {
    return this.state.blobTextLimit;
  }
  set blobTextLimit(bytes: number) {
    this.state.blobTextLimit = bytes;
  }

  addRepo(fullName: string, options?: { defaultBranch?: string; private?: boolean }): FakeRepo {
    return this.state.addRepo(fullName, options);
  }

  repo(fullName: string): FakeRepo {
    const [owner = "", name = ""] = fullName.split("/");
    const repo = this.state.repo(owner, name);
    if (!repo) throw new Error(`no repository ${fullName}`);
    return repo;
  }

  addTeam(
    org: string,
    slug: string,
    members: readonly (string | FakeTeamMember)[],
    options?: { forbidden?: boolean; hidden?: boolean },
  ): FakeTeam {
    return this.state.addTeam(org, slug, members, options);
  }

  /** A GitHub account (`GET /users/{login}`); type User unless said. */
  addAccount(login: string, type?: AccountType): void {
    this.state.people.addAccount(login, type);
  }

  /** Renames an account: the old login answers 404 from now on. */
  renameAccount(oldLogin: string, newLogin: string): void {
    this.state.people.rename(oldLogin, newLogin);
  }

  /**
   * An organisation and its members (each made a user). `blind` on the result makes membership
   * checks answer every token 302, 403 or 404, as for a token that cannot see members.
   */
  addOrg(login: string, members: readonly string[], options?: { public?: string[] }): FakeOrg {
    return this.state.people.addOrg(login, members, options);
  }

  /** Makes requests with this token act as actor (other tokens act as `github-actions[bot]`). */
  addToken(token: string, actor: Actor): void {
    this.state.tokenActors.set(token, actor);
  }

  /** Logs a delivery of the App's webhook, as `GET /app/hook/deliveries` will list it. */
  addHookDelivery(o: Parameters<FakeState["hooks"]["add"]>[0]): HookDelivery {
    return this.state.hooks.add(o);
  }

  /** The App webhook's deliveries, redeliveries included, oldest first. */
  get hookDeliveries(): readonly HookDelivery[] {
    return this.state.hooks.log;
  }

  /** Where `POST /app/hook/deliveries/{id}/attempts` sends a delivery again. */
  set hookTarget(target: HookTarget) {
    this.state.hooks.target = target;
  }

  /** Answers matching requests with an error (or drops the connection) instead of the route. */
  fail(spec: FaultSpec): Injection<FaultSpec> {
    return this.injections.addFault(spec);
  }

  /** Holds matching requests for `ms` (or until `until` settles) before answering. */
  delay(spec: DelaySpec): Injection<DelaySpec> {
    return this.injections.addDelay(spec);
  }

  clearFaults(): void {
    this.injections.clear();
  }

  requestsTo(method: string, path: RegExp): LoggedRequest[] {
    return this.requests.filter((r) => r.method === method.toUpperCase() && path.test(r.path));
  }

  /** Requests no route answered (each got a 404). */
  get unhandled(): LoggedRequest[] {
    return this.requests.filter((r) => r.route === undefined);
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      this.server.closeAllConnections();
    });
  }

  /** @internal The server's request listener. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake.invalid");
    const prefix =
      url.pathname.startsWith("/api/v3/") || url.pathname === "/api/v3" ? "/api/v3" : "";
    const stripped = url.pathname.slice(prefix.length) || "/";
    // Routes match the raw path, so an encoded "/" in a ref stays inside its segment.
    const rawPath = stripped === "/api/graphql" ? "/graphql" : stripped.replace(/\/+$/, "") || "/";
    const path = safeDecode(rawPath);
    const method = (req.method ?? "GET").toUpperCase();
    const entry: LoggedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: await readBody(req),
      headers: req.headers,
    };
    this.requests.push(entry);

    const delay = this.injections.takeDelay(method, path);
    if (delay && delay.ms > 0) await held(delay);

    const fault = this.injections.takeFault(method, path);
    if (fault && "network" in fault) {
      req.socket.destroy();
      return;
    }
    const match = matchRoute(ROUTES, method, rawPath);
    if (match) entry.route = match.route.pattern;
    const ctx: RouteContext = {
      state: this.state,
      method,
      path: rawPath,
      params: match?.params ?? {},
      query: entry.query,
      body: entry.body,
      headers: req.headers,
      actor: this.state.actorFor(req.headers.authorization),
      apiBase: `http://${req.headers.host ?? "127.0.0.1"}${prefix}`,
    };
    let answer: RouteResponse;
    if (fault) answer = faultResponse(fault);
    else if (!match) answer = notFound();
    else {
      try {
        answer = await match.route.handler(ctx);
      } catch (error) {
        answer = { status: 500, json: { message: `fake GitHub failed: ${String(error)}` } };
      }
    }
    entry.status = answer.status;
    this.sentBytes += send(res, answer);
  }

  /** Bytes of response bodies sent so far: what the clients actually downloaded. */
  get bytesSent(): number {
    return this.sentBytes;
  }

  private sentBytes = 0;
}

/** Starts a fake GitHub on 127.0.0.1 at a free port. */
export async function startFakeGitHub(): Promise<FakeGitHub> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const fake = new FakeGitHub(server, `http://127.0.0.1:${port}`);
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    fake.handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, json: { message: String(error) } });
    });
  });
  return fake;
}

/** Writes the answer; returns the bytes of its body. */
function send(res: ServerResponse, answer: RouteResponse): number {
  const headers: Record<string, string> = {
    "x-github-request-id": `FAKE:${Math.random().toString(16).slice(2, 10)}`,
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    ...answer.headers,
  };
  if (answer.raw !== undefined) {
    res.writeHead(answer.status, {
      ...headers,
      "content-type": answer.contentType ?? "application/octet-stream",
    });
    res.end(answer.raw);
    return Buffer.byteLength(answer.raw);
  } else if (answer.json !== undefined) {
    res.writeHead(answer.status, { ...headers, "content-type": "application/json; charset=utf-8" });
    const body = JSON.stringify(answer.json);
    res.end(body);
    return Buffer.byteLength(body);
  }
  res.writeHead(answer.status, headers);
  res.end();
  return 0;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Waits `ms`, or less once `until` settles (either way). */
async function held({ ms, until }: DelaySpec): Promise<void> {
  const timer = new AbortController();
  const waits = [sleep(ms, undefined, { signal: timer.signal }).catch(() => undefined)];
  if (until) waits.push(until.then(nothing, nothing));
  await Promise.race(waits);
  timer.abort();
}

const nothing = (): undefined => undefined;
