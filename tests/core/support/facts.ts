import type { Review, ReviewState } from "../../../core/port.js";
import type { SignOffFacts } from "../../../core/signoff/facts.js";
import { FILE } from "./evaluate.js";

export const HEAD = "h".repeat(40);
export const OLD = "o".repeat(40);

export function review(
  login: string,
  state: ReviewState = "APPROVED",
  commitId = HEAD,
  submittedAt = "2026-11-24T10:00:00Z",
): Review {
  return { login, state, commitId, submittedAt };
}

export interface FactsOptions {
  author?: string;
  reviews?: Review[];
  /** Logins (lower-case) that may sign off. */
  authorised?: string[];
  /** Login → why it may not sign off. */
  refused?: Record<string, string>;
  /** Login → why its authority could not be told (fails closed). */
  unknown?: Record<string, string>;
  changedPaths?: string[];
  /** `${commit}:${path}` → blob id. Default: FILE has blob "blob-2" at HEAD. */
  blobs?: Record<string, string | null>;
}

/** GitHub facts for a pull request by @lee that changes FILE and that @sam approved at its head. */
export function facts(options: FactsOptions = {}): SignOffFacts {
  const authority: SignOffFacts["authority"] = new Map();
  for (const who of options.authorised ?? ["sam"]) authority.set(who, { authorised: true });
  for (const [who, reason] of Object.entries(options.refused ?? {}))
    authority.set(who, { authorised: false, reason });
  for (const [who, error] of Object.entries(options.unknown ?? {}))
    authority.set(who, { authorised: false, error });
  return {
    pullNumber: 7,
    author: options.author ?? "lee",
    headSha: HEAD,
    reviews: options.reviews ?? [review("sam")],
    blobs: new Map(Object.entries(options.blobs ?? { [`${HEAD}:${FILE}`]: "blob-2" })),
    authority,
    changedPaths: new Set(options.changedPaths ?? [FILE]),
  };
}
