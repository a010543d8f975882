import { describe, expect, it } from "vitest";
import { octoPeople, peopleItem } from "../support/people-items.js";
import { POLICY } from "../action/support/items.js";
import { pushEvent, type ActionEvent } from "../action/support/payloads.js";
import { repository, useFakeGitHub } from "../action/support/scenario.js";
import { gateAsAction, type GateRun } from "./support/action-gate.js";

/**
 * The people checks of the Action's gate on a push: every item's handles, from the workspace
 * (action/evaluate-workspace), in this process against the fake GitHub. The built Action's run of
 * the people checks on a pull request is tests/action/people.test.ts.
 */
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

const people = (run: GateRun, level: "error" | "note") =>
  run.report.findings
    .filter((f) => f.ruleId.startsWith("person-") && f.level === level)
    .map((f) => [f.ruleId, f.file, f.line, f.column, f.message]);

describe("the Action's gate's people checks on a push", () => {
  it("looks up every item's people; a GITHUB_TOKEN that gets 302 gets one note, never 'not a member'", async () => {
    const gh = fake();
    octoPeople(gh).blind = 302;
    const files = {
      [POLICY]: "live:\n  people: fail\n",
      "roadmap/a.yaml": peopleItem({ id: "FEAT-1", owner: "@eve" }),
      "roadmap/b.yaml": peopleItem({ id: "FEAT-2", experts: ["@nobody-here"] }),
    };
    const { repo, base } = repository(gh, files);
    gh.clearRequests();

    const run = await gateAsAction(
      gh,
      repo.fullName,
      ofOrganisation(pushEvent(repo, { before: "0".repeat(40), after: base })),
      {},
      files,
    );

    expect(people(run, "note")).toEqual([
      [
        "person-unverifiable",
        "roadmap/a.yaml",
        4,
        8,
        "Membership in octo could not be checked, starting with owner @eve of FEAT-1: GitHub redirects to public members only (302): the token's user is not a member of the organisation; no handle was judged outside the organisation",
      ],
    ]);
    expect(people(run, "error")).toEqual([
      [
        "person-unknown",
        "roadmap/b.yaml",
        7,
        20,
        "team.domain_experts[0] @nobody-here of FEAT-2 is not a GitHub user: GitHub answers 404 for that login (a typo, or an account renamed since)",
      ],
    ]);
    expect(run.verdict.verdict).toBe("fail");
    expect(gh.requestsTo("GET", /public_members/)).toEqual([]);
    // lee, ana, sam, eve, nobody-here: one membership question each, an account for the hidden.
    expect(gh.requestsTo("GET", /^\/orgs\/octo\/members\//)).toHaveLength(5);
  });
});
