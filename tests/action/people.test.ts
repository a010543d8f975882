import { describe, expect, it } from "vitest";
import { octoPeople, peopleItem, peopleLookups } from "../support/people-items.js";
import { POLICY } from "./support/items.js";
import { pullRequestEvent, type ActionEvent } from "./support/payloads.js";
import { annotations, runAction } from "./support/run-action.js";
import { approveAsReviewer, pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();

/** The event as GitHub sends it for a repository an organisation owns. */
function ofOrganisation(event: ActionEvent): ActionEvent {
  const repo = event.payload.repository as { owner: Record<string, unknown> };
  return {
    ...event,
    payload: {
      ...event.payload,
      repository: { ...repo, owner: { ...repo.owner, type: "Organization" } },
    },
  };
}

const people = (run: Awaited<ReturnType<typeof runAction>>, level: "error" | "notice") =>
  annotations(run, level)
    .filter((a) => a.properties.title?.startsWith("person-"))
    .map((a) => [
      a.properties.title,
      a.properties.file,
      a.properties.line,
      a.properties.col,
      // The annotation's message ends with the hint.
      a.message.split("\nHint:")[0],
    ]);

/** The push's people checks (every item's, a token that gets 302): tests/gate/people.test.ts. */
describe("the Action's people checks (built dist/index.js against the fake GitHub)", () => {
  it("on a pull request looks up the handles of the items it changes, once each, and fails on outsiders, renamed accounts and bots", async () => {
    const gh = fake();
    octoPeople(gh);
    const { repo, base } = repository(gh, {
      [POLICY]: "live:\n  people: fail\n",
      // Not changed by the pull request: its handles are not looked up.
      "roadmap/old.yaml": peopleItem({ id: "FEAT-9", owner: "@ghost" }),
    });
    const { pull } = pullRequest(repo, base, {
      "roadmap/a.yaml": peopleItem({ id: "FEAT-1", experts: ["@eve", "@old-lee"] }),
      "roadmap/b.yaml": peopleItem({ id: "FEAT-2", owner: "@Eve", experts: ["@deploy-bot"] }),
    });
    approveAsReviewer(repo, pull);

    const run = await runAction({
      gh,
      repo: repo.fullName,
      event: ofOrganisation(pullRequestEvent(repo, pull)),
    });

    expect(people(run, "error")).toEqual([
      [
        "person-not-member",
        "roadmap/a.yaml",
        "7",
        "20",
        "team.domain_experts[0] @eve of FEAT-1 is not a member of the octo organisation",
      ],
      [
        "person-unknown",
        "roadmap/a.yaml",
        "7",
        "28",
        "team.domain_experts[1] @old-lee of FEAT-1 is not a GitHub user: GitHub answers 404 for that login (a typo, or an account renamed since)",
      ],
      [
        "person-not-member",
        "roadmap/b.yaml",
        "4",
        "8",
        "owner @Eve of FEAT-2 is not a member of the octo organisation",
      ],
      [
        "person-unknown",
        "roadmap/b.yaml",
        "7",
        "20",
        "team.domain_experts[0] @deploy-bot of FEAT-2 is a GitHub bot, not a person",
      ],
    ]);
    expect(run.exitCode).toBe(1);
    expect(peopleLookups(gh).sort()).toEqual(
      [
        "/orgs/octo/members/lee",
        "/orgs/octo/members/sam",
        "/orgs/octo/members/eve",
        "/users/eve",
        "/orgs/octo/members/old-lee",
        "/users/old-lee",
        "/orgs/octo/members/deploy-bot",
        "/users/deploy-bot",
      ].sort(),
    );
  });
});
