import type { Policy } from "../policy/policy.js";
import { PortError } from "../port.js";
import type { PeopleFacts } from "./facts.js";
import {
  gatherPeopleFacts,
  type GatherPeopleOptions,
  type PeoplePort,
} from "./gather-people-facts.js";

/** Said once when `live.people: warn` is on and the surface has no GitHub to ask. */
export const NO_GITHUB_PEOPLE_NOTICE =
  "live.people is on, but no handle was looked up: there is no GitHub token here (CLI: --github-token or GITHUB_TOKEN, with --github-url).";

/**
 * The people checks' part of an evaluation, for every surface (SPEC section 9.3): nothing when
 * `live.people` is off; without a port, one notice under `warn`, and under `fail` a lookup that
 * never answers for each handle, so each item it would have checked gets its error (section 10).
 * Never throws.
 */
export async function checkPeople(
  port: PeoplePort | undefined,
  items: readonly { file: string; data: Record<string, unknown> }[],
  policy: Policy,
  options: GatherPeopleOptions = {},
): Promise<{ facts?: PeopleFacts; notices: string[] }> {
  if (policy.live.people === "off") return { notices: [] };
  if (!port && policy.live.people === "warn") return { notices: [NO_GITHUB_PEOPLE_NOTICE] };
  if (port) return { facts: await gatherPeopleFacts(port, items, policy, options), notices: [] };
  const facts = await gatherPeopleFacts(NO_GITHUB, items, policy, { ownerIsOrg: false });
  const answers = new Map(
    [...facts.answers].map(([key, answer]) => [
      key,
      answer.kind === "unanswered" ? { ...answer, noGitHub: true } : answer,
    ]),
  );
  return { facts: { ...facts, answers }, notices: [] };
}

const refuse = () =>
  Promise.reject(
    new PortError(
      "other",
      "there is no GitHub token here (CLI: --github-token or GITHUB_TOKEN, with --github-url), and live.people is fail",
    ),
  );

const NO_GITHUB: PeoplePort = {
  owner: "",
  account: refuse,
  orgMembership: refuse,
  teamExists: refuse,
};
