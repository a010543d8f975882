import type { GitHubPort } from "../core/port.js";

/** SPEC section 9.3: what GitHub said of a person or team is reused for at most 10 minutes. */
export const PEOPLE_CACHE_MS = 10 * 60 * 1000;
/** Answers kept in all (each is a login and a few words: well under 1 MiB together). */
export const PEOPLE_CACHE_ENTRIES = 10_000;

type Lookup = "account" | "orgMembership" | "teamExists";

/**
 * The App's installation-wide cache of people lookups: one per replica, keyed by installation, so
 * an organisation's answers never serve another's. Only answers are kept, never failures; the
 * oldest goes first past PEOPLE_CACHE_ENTRIES.
 */
export class PeopleCache {
  private readonly answers = new Map<string, { until: number; value: unknown }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The port with its people lookups answered from this cache for `installation`. */
  wrap(port: GitHubPort, installation: number | undefined): GitHubPort {
    const cached =
      <A extends string[], T>(method: Lookup, ask: (...args: A) => Promise<T>) =>
      async (...args: A): Promise<T> => {
        const key = [installation ?? "", method, ...args].join("\n").toLowerCase();
        const hit = this.answers.get(key);
        if (hit && hit.until > this.now()) return hit.value as T;
        const value = await ask(...args);
        this.answers.delete(key);
        this.answers.set(key, { until: this.now() + PEOPLE_CACHE_MS, value });
        if (this.answers.size > PEOPLE_CACHE_ENTRIES)
          this.answers.delete(this.answers.keys().next().value!);
        return value;
      };
    return {
      ...port,
      account: cached("account", (login: string) => port.account(login)),
      orgMembership: cached("orgMembership", (org: string, login: string) =>
        port.orgMembership(org, login),
      ),
      teamExists: cached("teamExists", (org: string, slug: string) => port.teamExists(org, slug)),
    };
  }
}

/** The App process's one cache. */
export const peopleCache = new PeopleCache();
