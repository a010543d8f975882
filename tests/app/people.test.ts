import { describe, expect, it } from "vitest";
import { peopleItem, peopleLookups } from "../support/people-items.js";
import { pullRequestEvent, pushEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp, waitForQuiet } from "./support/harness.js";
import {
  freshRepo,
  POLICY_PATH,
  pullRequestScenario,
  type PullRequestScenario,
} from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

const h = useApp();

/** The event as GitHub sends it for a repository the organisation octo-org owns. */
function organisationEvent(s: PullRequestScenario) {
  const payload = pullRequestEvent(s.repo, s.pull) as { repository: { owner: object } };
  payload.repository.owner = { ...payload.repository.owner, type: "Organization" };
  return payload;
}

async function gate(s: PullRequestScenario) {
  await deliverAndSettle(h, s.repo, "pull_request", organisationEvent(s));
  return s.repo.checkRuns.at(-1)!;
}

function approved(s: PullRequestScenario) {
  s.repo.setPermission("sam", "write");
  s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
  return s;
}

describe("the App's people checks (real Probot against the fake GitHub)", () => {
  it("fails a pull request naming an outside user and a renamed account, and asks nothing again while its answers are fresh", async () => {
    h.gh.addOrg("octo-org", ["lee", "ana", "sam", "old-lee"]);
    h.gh.addAccount("eve");
    h.gh.renameAccount("old-lee", "lee-new");
    const s = approved(
      pullRequestScenario(h.gh, "people", {
        base: { [POLICY_PATH]: "live:\n  people: fail\n" },
        head: {
          "roadmap/feat-1.yaml": peopleItem({ id: "FEAT-1", experts: ["@eve", "@old-lee"] }),
        },
      }),
    );
    h.gh.clearRequests();

    const run = await gate(s);

    expect(run.conclusion).toBe("failure");
    expect(
      run.output.annotations
        .filter((a) => a.title?.startsWith("person-"))
        .map((a) => [a.title, a.path, a.start_line, a.annotation_level, a.message]),
    ).toEqual([
      [
        "person-not-member",
        "roadmap/feat-1.yaml",
        7,
        "failure",
        expect.stringContaining(
          "team.domain_experts[0] @eve of FEAT-1 is not a member of the octo-org organisation",
        ),
      ],
      [
        "person-unknown",
        "roadmap/feat-1.yaml",
        7,
        "failure",
        expect.stringContaining("team.domain_experts[1] @old-lee of FEAT-1 is not a GitHub user"),
      ],
    ]);
    expect(peopleLookups(h.gh).sort()).toEqual(
      [
        "/orgs/octo-org/members/lee",
        "/orgs/octo-org/members/sam",
        "/orgs/octo-org/members/eve",
        "/users/eve",
        "/orgs/octo-org/members/old-lee",
        "/users/old-lee",
      ].sort(),
    );

    // The same installation asks nothing again while its answers are fresh.
    h.gh.clearRequests();
    await deliverAndSettle(h, s.repo, "pull_request", {
      ...organisationEvent(s),
      action: "reopened",
    });
    expect(s.repo.checkRuns.at(-1)!.conclusion).toBe("failure");
    expect(peopleLookups(h.gh)).toEqual([]);
  });

  it("with no Organization members: read (403) says once which permission is missing, and passes", async () => {
    h.gh.addOrg("octo-org", ["lee", "ana", "sam"]).blind = 403;
    h.gh.addAccount("zoe");
    const s = approved(
      pullRequestScenario(h.gh, "people-hidden", {
        base: { [POLICY_PATH]: "live:\n  people: fail\n" },
        head: { "roadmap/feat-1.yaml": peopleItem({ id: "FEAT-1", owner: "@zoe" }) },
      }),
    );

    const run = await gate(s);

    expect(run.conclusion).toBe("success");
    const notes = run.output.annotations.filter((a) => a.title?.startsWith("person-"));
    expect(notes.map((a) => [a.title, a.annotation_level, a.start_line])).toEqual([
      ["person-unverifiable", "notice", 4],
    ]);
    expect(notes[0]!.message).toContain(
      "GitHub answers 403: the token lacks the permission Organization members: read",
    );
  });

  it("on a push to the default branch shows who is not a member in the item's issue checklist", async () => {
    h.gh.addOrg("octo-org", ["lee", "ana", "sam"]);
    h.gh.addAccount("ivy");
    const repo = freshRepo(h.gh, "people-push");
    const item = (owner: string) =>
      peopleItem({ id: "FEAT-1", owner }).replace("status: planned", "status: planned\nissue: 3");
    const before = repo.commit({
      [POLICY_PATH]: "live:\n  people: warn\n",
      "roadmap/feat-1.yaml": item("@lee"),
    });
    repo.addIssue({ number: 3, title: "Tracked" });
    const after = repo.commit({ "roadmap/feat-1.yaml": item("@ivy") });
    const payload = pushEvent(repo, { before, after, modified: ["roadmap/feat-1.yaml"] }) as {
      repository: { owner: object };
    };
    payload.repository.owner = { ...payload.repository.owner, type: "Organization" };

    const res = await deliver(h.app, "push", payload);
    expect([200, 202]).toContain(res.status);
    if (res.status === 202) await waitForQuiet(h, repo);

    const [comment] = repo.comments(3);
    // A warning under live.people: warn, beside the owner's line.
    expect(comment!.body).toContain(
      "- [x] **Owner and domain experts**: @\u200divy; experts @\u200dana ⚠️ owner @\u200divy of FEAT-1 is not a member of the octo-org organisation",
    );
    expect(peopleLookups(h.gh)).toContain("/orgs/octo-org/members/ivy");
  });
});
