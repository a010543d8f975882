/**
 * What GitHub says of the handles items name (SPEC section 9.3), fetched through the port by
 * gather-people-facts.ts, so that the rules that judge it are pure.
 */
export interface PeopleFacts {
  /** The item files whose handles were looked up. */
  files: ReadonlySet<string>;
  /** The answer for each handle, by handleKey. */
  answers: ReadonlyMap<string, PersonAnswer>;
  /**
   * Where `person-unverifiable` says, once per evaluation, that the token cannot see the
   * organisation's members: the first file (in path order) naming a user whose membership was hidden.
   */
  hiddenAt?: { file: string; key: string };
}

export type PersonAnswer =
  | { kind: "ok" }
  /** No such user or team: GitHub answered 404 (a typo, or an account renamed since). */
  | { kind: "unknown"; what: "user" | "team"; org?: string }
  /** An account that is not a person. */
  | { kind: "not-a-person"; type: "Organization" | "Bot" }
  /** A user outside the repository's organisation, or a team of another organisation. */
  | { kind: "not-member"; org: string; what: "user" | "team" }
  /**
   * A user whose membership, or a team, the token cannot see; status is what GitHub answered
   * (302/403/404).
   */
  | { kind: "hidden"; org: string; status: number }
  /** GitHub did not answer (timeout, 5xx, network, rate limit). */
  | {
      kind: "unanswered";
      reason: string;
      /** There was no GitHub to ask while `live.people: fail` asked for it: always an error. */
      noGitHub?: boolean;
    };
