import { FakeRepo } from "./repo.js";
import type { Actor, FakeTeam, FakeTeamMember } from "./records.js";
import { HookDeliveries } from "./hook-deliveries.js";
import { FakePeople } from "./people.js";

/** Everything the fake GitHub knows: repositories, teams, the app and the tokens it issued. */
export class FakeState {
  /** The GitHub App's slug: installation tokens act as `${appSlug}[bot]`. */
  appSlug = "roadmap-gate";
  appId = 1;
  installationId = 1;
  /** Further installations (e.g. other organisations), answered like the main one. */
  readonly otherInstallations = new Set<number>();
  hasInstallation(id: number): boolean {
    return id === this.installationId || this.otherInstallations.has(id);
  }
  /** Who a token that the fake did not issue acts as (an Action's GITHUB_TOKEN by default). */
  defaultActor: Actor = { login: "github-actions[bot]", type: "Bot" };
  /** GraphQL `Blob.text` past this many bytes is cut and `isTruncated` is true. */
  blobTextLimit = 512 * 1024;
  readonly repos = new Map<string, FakeRepo>();
  readonly teams = new Map<string, FakeTeam>();
  readonly installationTokens = new Set<string>();
  readonly tokenActors = new Map<string, Actor>();
  /** The App webhook's delivery log (`GET /app/hook/deliveries`). */
  readonly hooks = new HookDeliveries();
  /** Accounts and organisation membership (`/users/{u}`, `/orgs/{org}/members/{u}`). */
  readonly people = new FakePeople();
  private lastId = 1000;
  private lastTime = Date.parse("2024-01-01T00:00:00Z");

  nextId(): number {
    return ++this.lastId;
  }

  /** Strictly increasing timestamps, so "latest" and "oldest first" never tie. */
  now(): string {
    this.lastTime = Math.max(this.lastTime + 1000, Date.now());
    return new Date(this.lastTime).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  addRepo(fullName: string, options: { defaultBranch?: string; private?: boolean } = {}): FakeRepo {
    const [owner, name, ...rest] = fullName.split("/");
    if (!owner || !name || rest.length > 0)
      throw new Error(`repository must be "owner/name": ${fullName}`);
    const repo = new FakeRepo(
      owner,
      name,
      options.defaultBranch ?? "main",
      options.private ?? false,
      {
        nextId: () => this.nextId(),
        now: () => this.now(),
      },
    );
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(owner: string, name: string): FakeRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addTeam(
    org: string,
    slug: string,
    members: readonly (string | FakeTeamMember)[],
    options: { forbidden?: boolean; hidden?: boolean } = {},
  ): FakeTeam {
    const team: FakeTeam = {
      org,
      slug,
      members: members.map((m) => (typeof m === "string" ? { login: m } : m)),
      forbidden: options.forbidden ?? false,
      hidden: options.hidden ?? false,
    };
    this.teams.set(`${org}/${slug}`.toLowerCase(), team);
    return team;
  }

  team(org: string, slug: string): FakeTeam | undefined {
    return this.teams.get(`${org}/${slug}`.toLowerCase());
  }

  /** Who a request acts as, from its Authorization header. */
  actorFor(authorization: string | undefined): Actor {
    const token = authorization?.replace(/^(token|bearer)\s+/i, "") ?? "";
    if (this.installationTokens.has(token)) return { login: `${this.appSlug}[bot]`, type: "Bot" };
    return this.tokenActors.get(token) ?? this.defaultActor;
  }

  issueInstallationToken(): string {
    const token = `ghs_fake${this.nextId()}${Math.random().toString(36).slice(2, 10)}`;
    this.installationTokens.add(token);
    return token;
  }
}
