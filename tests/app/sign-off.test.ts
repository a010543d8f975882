import { describe, expect, it } from "vitest";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import {
  POLICY_PATH,
  pullRequestScenario,
  requestsFor,
  type PullRequestScenario,
} from "./support/scenario.js";

const h = useApp();

/** A pull request adding FEAT-1 with the given sign-offs, under the given base policy. */
function signedItem(name: string, signOffs: string[], policy = "", author = "lee") {
  return pullRequestScenario(h.gh, name, {
    base: policy ? { [POLICY_PATH]: policy } : {},
    head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs }) },
    author,
  });
}

async function gate(s: PullRequestScenario) {
  await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
  expect(s.repo.checkRuns).toHaveLength(1);
  const run = s.repo.checkRuns[0]!;
  expect(run.status).toBe("completed");
  return {
    conclusion: run.conclusion,
    rules: run.output.annotations.map((a) => a.title),
    messages: run.output.annotations.map((a) => a.message).join("\n"),
  };
}

describe("verified sign-off on the App", () => {
  it("counts a sign-off backed by an authorised reviewer's approval of the current file", async () => {
    const s = signedItem("verified", ["@sam"]);
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    expect((await gate(s)).conclusion).toBe("success");
  });

  it("ignores a name written into the file without an approval", async () => {
    const s = signedItem("name-only", ["@sam"]);
    s.repo.setPermission("sam", "write");
    const result = await gate(s);
    expect(result.conclusion).toBe("failure");
    expect(result.rules.sort()).toEqual(["signoff-approvals", "signoff-unverified"]);
    expect(result.messages).toContain("@sam has not approved this pull request");
  });

  it("ignores the pull request author's approval of their own item", async () => {
    const s = signedItem("self-approval", ["@lee"], "", "lee");
    s.repo.setPermission("lee", "admin");
    s.repo.addReview(7, { login: "lee", state: "APPROVED", commitId: s.headSha });
    const result = await gate(s);
    expect(result.conclusion).toBe("failure");
    expect(result.messages).toContain("an author cannot sign off their own item");
  });

  it("ignores an approval of an older version of the item file", async () => {
    const s = signedItem("stale", ["@sam"]);
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    const changed = s.repo.commit(
      {
        "roadmap/feat-1.yaml": itemYaml({
          id: "FEAT-1",
          title: "Changed after approval",
          signOffs: ["@sam"],
        }),
      },
      { parent: s.headSha, branch: "feature" },
    );
    s.pull.headSha = changed;
    const result = await gate(s);
    expect(result.conclusion).toBe("failure");
    expect(result.rules).toContain("signoff-unverified");
  });

  it("keeps an approval when later commits change other files only", async () => {
    const s = signedItem("other-files", ["@sam"]);
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    s.pull.headSha = s.repo.commit(
      { "src/a.ts": "export {};\n" },
      { parent: s.headSha, branch: "feature" },
    );
    expect((await gate(s)).conclusion).toBe("success");
  });

  it("ignores an approval by someone the policy does not list", async () => {
    const s = signedItem("unlisted", ["@eve"], 'sign_off:\n  reviewers: ["@sam"]\n');
    s.repo.setPermission("eve", "admin");
    s.repo.addReview(7, { login: "eve", state: "APPROVED", commitId: s.headSha });
    const result = await gate(s);
    expect(result.conclusion).toBe("failure");
    expect(result.messages).toContain("@eve is not an authorised reviewer");
  });

  it("ignores an approval by someone without write access when the policy lists nobody", async () => {
    const s = signedItem("read-only", ["@rita"]);
    s.repo.setPermission("rita", "read");
    s.repo.addReview(7, { login: "rita", state: "APPROVED", commitId: s.headSha });
    expect((await gate(s)).conclusion).toBe("failure");
  });

  it("accepts a member of a listed team and refuses someone outside it", async () => {
    const policy = 'sign_off:\n  reviewers: ["@octo-org/risk"]\n';
    h.gh.addTeam("octo-org", "risk", ["sam"]);
    const member = signedItem("team-member", ["@sam"], policy);
    member.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: member.headSha });
    expect((await gate(member)).conclusion).toBe("success");

    const outsider = signedItem("team-outsider", ["@eve"], policy);
    outsider.repo.setPermission("eve", "admin");
    outsider.repo.addReview(7, { login: "eve", state: "APPROVED", commitId: outsider.headSha });
    const result = await gate(outsider);
    expect(result.conclusion).toBe("failure");
    expect(result.messages).toContain("@eve is not an authorised reviewer");
  });

  it("fails closed when team membership cannot be read", async () => {
    h.gh.addTeam("octo-org", "secret-risk", ["sam"], { forbidden: true });
    const s = signedItem(
      "team-forbidden",
      ["@sam"],
      'sign_off:\n  reviewers: ["@octo-org/secret-risk"]\n',
    );
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    const result = await gate(s);
    expect(result.conclusion).toBe("failure");
    expect(result.rules).toContain("signoff-authority-unknown");
  });

  it("fails closed, saying the App cannot see the team, when GitHub answers 404 for it", async () => {
    h.gh.addTeam("octo-org", "hidden-risk", ["sam"], { hidden: true });
    const s = signedItem(
      "team-hidden",
      ["@sam"],
      'sign_off:\n  reviewers: ["@octo-org/hidden-risk"]\n',
    );
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    const result = await gate(s);
    expect(result.conclusion).toBe("failure");
    expect(result.rules).toContain("signoff-authority-unknown");
    expect(result.rules).not.toContain("signoff-unauthorised");
    expect(result.messages).toContain("the token cannot see the team @octo-org/hidden-risk");
  });

  it("lets the reviewer's latest decisive review decide: changes requested after approval fails", async () => {
    const s = signedItem("changes-requested", ["@sam"]);
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    s.repo.addReview(7, { login: "sam", state: "COMMENTED", commitId: s.headSha });
    s.repo.addReview(7, { login: "sam", state: "CHANGES_REQUESTED", commitId: s.headSha });
    const result = await gate(s);
    expect(result.conclusion).toBe("failure");
    expect(result.messages).toContain("changes requested");
  });

  it("ignores a reviewer listed by name who no longer has write access", async () => {
    const s = signedItem("listed-read-only", ["@sam"], 'sign_off:\n  reviewers: ["@sam"]\n');
    s.repo.setPermission("sam", "read");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    const result = await gate(s);
    expect(result.conclusion).toBe("failure");
    expect(result.messages).toContain(
      "@sam is not an authorised reviewer (listed in sign_off.reviewers, but has read access; signing off needs write access)",
    );
  });

  it("counts a reviewer listed by name who has write access now", async () => {
    const s = signedItem("listed-writer", ["@sam"], 'sign_off:\n  reviewers: ["@sam"]\n');
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    expect((await gate(s)).conclusion).toBe("success");
  });

  it("counts a reviewer listed by name without write access who belongs to a listed team", async () => {
    h.gh.addTeam("octo-org", "risk-by-name", ["sam"]);
    const policy = 'sign_off:\n  reviewers: ["@sam", "@octo-org/risk-by-name"]\n';
    const s = signedItem("listed-and-team", ["@sam"], policy);
    s.repo.setPermission("sam", "read");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    expect((await gate(s)).conclusion).toBe("success");
  });

  // A `[bot]` login is no handle an item may name (handle-format); GitHub's user type tells the rest.
  it("never counts a bot's approval (user type Bot), even with admin access", async () => {
    const policy = 'sign_off:\n  reviewers: ["@helper"]\n';
    const typed = signedItem("bot-type", ["@helper"], policy);
    typed.repo.setPermission("helper", "admin");
    typed.repo.addReview(7, {
      login: "helper",
      state: "APPROVED",
      commitId: typed.headSha,
      type: "Bot",
    });
    const byType = await gate(typed);
    expect(byType.conclusion).toBe("failure");
    expect(byType.messages).toContain("@helper is a bot; a bot's approval never counts");
  });

  it("asks GitHub about approving reviewers only, never about the 2,000 names a file lists", async () => {
    const madeUp = Array.from({ length: 2000 }, (_, i) => `@made-up-${i}`);
    const permissionCalls = (s: PullRequestScenario) =>
      requestsFor(h.gh, s.repo).filter((r) => /\/collaborators\/[^/]+\/permission$/.test(r.path))
        .length;

    const unreviewed = signedItem("many-names-no-review", [...madeUp, "@sam"]);
    expect((await gate(unreviewed)).conclusion).toBe("failure");
    expect(permissionCalls(unreviewed)).toBe(0);

    const reviewed = signedItem("many-names-one-review", [...madeUp, "@sam"]);
    reviewed.repo.setPermission("sam", "write");
    reviewed.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: reviewed.headSha });
    reviewed.repo.addReview(7, {
      login: "made-up-7",
      state: "COMMENTED",
      commitId: reviewed.headSha,
    });
    expect((await gate(reviewed)).conclusion).toBe("success");
    const approving = reviewed.repo.reviews(7).filter((r) => r.state === "APPROVED").length;
    expect(permissionCalls(reviewed)).toBeLessThanOrEqual(approving);
    expect(permissionCalls(reviewed)).toBe(1);
  });
});
